"use client";
// A publish refused for missing French: the list of what is missing, and the choice to publish anyway
// (readers of French then get English there, marked as not translated yet) or not.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { describePath } from "../lib/describe-path.ts";
import { toPositionalPath } from "../lib/item-paths.ts";
import type { Saved } from "./editor-state.ts";
import type { MissingFrench } from "./editor-state.ts";

interface Props {
  missing: MissingFrench;
  saved: Saved;
  pending: boolean;
  onPublishAnyway(): void;
  onCancel(): void;
}

export function PublishDialog({ missing, saved, pending, onPublishAnyway, onCancel }: Props) {
  const t = useTranslations();
  const d = useTranslations("drafts");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="publish-dialog" aria-labelledby="publish-dialog-title" onCancel={onCancel}>
      <h2 id="publish-dialog-title">{d("publishTitle")}</h2>
      <p>{d("publishIntro")}</p>
      <ul>
        {missing.map((field) => (
          <li key={field.path}>{describePath(toPositionalPath(field.path, saved.source), t)}</li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="primary" disabled={pending} onClick={onPublishAnyway}>
          {d("publishAnyway")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {d("cancel")}
        </button>
      </div>
    </dialog>
  );
}
