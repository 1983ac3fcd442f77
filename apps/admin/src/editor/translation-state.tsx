"use client";
// A French field's translation status next to it: up to date, English changed (with the English it
// was translated from and the English now), or not translated. A stale field can be confirmed "still
// accurate" without retyping it.
import { useTranslations } from "next-intl";
import { TranslationBadge } from "../components/badges.tsx";
import { describePath } from "../lib/describe-path.ts";
import { useEditor } from "./editor-context.tsx";
import type { TranslationFieldState } from "./editor-state.ts";

interface Props {
  id: string;
  /** The field's form path, e.g. "causes[0].fr". */
  path: string;
  field: TranslationFieldState;
}

export function TranslationState({ id, path, field }: Props) {
  const t = useTranslations();
  const d = useTranslations("drafts");
  const { can, confirmTranslation, pending } = useEditor();
  return (
    <div id={id} className="translation-state" data-path={field.path}>
      <TranslationBadge status={field.status} label={d(`status.${field.status}`)} />
      {field.status === "STALE" && (
        <>
          <p className="source-change">
            {field.sourceBefore !== null ? (
              <>
                {d("englishWas")} <q lang="en">{field.sourceBefore}</q> {d("englishNow")}{" "}
              </>
            ) : (
              `${d("englishUnknown")} `
            )}
            <q lang="en">{field.sourceNow}</q>
          </p>
          {can.french && (
            <button
              type="button"
              className="secondary small"
              disabled={pending}
              // Named by its group (the field's translation status), not by the field's label, so
              // that the label still names one element: the input.
              title={d("stillAccurateOf", { field: describePath(path, t) })}
              onClick={() => confirmTranslation(field.path)}
            >
              {d("stillAccurate")}
            </button>
          )}
        </>
      )}
    </div>
  );
}
