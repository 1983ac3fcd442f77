"use client";
// Reordering without drag and drop: up, down and remove buttons named after their item. Focus follows
// the moved item and a live region says where it went, so keyboard and screen-reader users keep track.
import { useTranslations } from "next-intl";
import { fieldId } from "../lib/paths.ts";
import { focusSoon, useEditor } from "./editor-context.tsx";
import { insertItem, moveItem, removeItem } from "./form-ops.ts";

interface ItemControlsProps {
  listPath: string;
  index: number;
  count: number;
  /** e.g. "Cause 2" */
  itemLabel: string;
}

export function ItemControls({ listPath, index, count, itemLabel }: ItemControlsProps) {
  const { update, can, announce } = useEditor();
  const t = useTranslations();
  if (!can.content) return null;
  const id = (i: number, what: string) => `${fieldId(`${listPath}[${i}]`)}-${what}`;

  const move = (delta: -1 | 1) => {
    const target = index + delta;
    update((form) => moveItem(form, listPath, index, delta));
    announce(t("editor.announce.moved", { item: itemLabel, n: String(target + 1) }));
    focusSoon([id(target, delta < 0 ? "up" : "down"), id(target, delta < 0 ? "down" : "up")]);
  };
  const remove = () => {
    update((form) => removeItem(form, listPath, index));
    announce(t("editor.announce.removed", { item: itemLabel }));
    focusSoon([id(Math.max(0, index - 1), "remove"), `${fieldId(listPath)}-add`]);
  };

  return (
    <div className="item-controls">
      <button
        type="button"
        id={id(index, "up")}
        className="icon"
        aria-label={t("editor.item.up", { item: itemLabel })}
        title={t("editor.item.up", { item: itemLabel })}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        id={id(index, "down")}
        className="icon"
        aria-label={t("editor.item.down", { item: itemLabel })}
        title={t("editor.item.down", { item: itemLabel })}
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        ↓
      </button>
      <button
        type="button"
        id={id(index, "remove")}
        className="icon danger"
        aria-label={t("editor.item.remove", { item: itemLabel })}
        title={t("editor.item.remove", { item: itemLabel })}
        onClick={remove}
      >
        ✕
      </button>
    </div>
  );
}

interface AddButtonProps {
  listPath: string;
  label: string;
  /** Announced once added, e.g. "Cause 3". */
  itemLabel: string;
  make: () => unknown;
  /** The field to type in next. */
  focusPath: string;
  /** Lists with several add buttons (text or command step) need distinct ids. */
  idSuffix?: string;
}

export function AddButton({ listPath, label, itemLabel, make, focusPath, idSuffix = "" }: AddButtonProps) {
  const { update, can, announce } = useEditor();
  const t = useTranslations();
  if (!can.content) return null;
  return (
    <button
      type="button"
      id={`${fieldId(listPath)}-add${idSuffix}`}
      className="secondary small"
      onClick={() => {
        update((form) => insertItem(form, listPath, make()));
        announce(t("editor.announce.added", { item: itemLabel }));
        focusSoon([fieldId(focusPath)]);
      }}
    >
      + {label}
    </button>
  );
}
