"use client";
// Always in reach at the bottom of the screen: what is unsaved, the change summary, save (the draft),
// preview, publish the draft, discard it, submit it for review, unpublish, history. Buttons a role
// cannot use are not shown at all.
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { EntryEditorState } from "./use-entry-editor.ts";

interface Props {
  state: EntryEditorState;
  can: { save: boolean; publish: boolean };
  previewing: boolean;
  onTogglePreview(): void;
}

export function ActionBar({ state, can, previewing, onTogglePreview }: Props) {
  const t = useTranslations();
  const b = useTranslations("editor.bar");
  const { saved, dirty, pending } = state;
  const code = saved?.source.code;
  const live = saved?.status === "PUBLISHED";
  const d = useTranslations("drafts");
  const changesToPublish = saved && (saved.status !== "PUBLISHED" || saved.hasUnpublishedChanges);
  return (
    <div className="action-bar" role="region" aria-label={b("label")}>
      <p className={dirty ? "dirty" : "clean"} aria-live="polite">
        {dirty ? b("dirty") : b("clean")}
      </p>
      {can.save && (
        <>
          <label className="field inline grow">
            <span>{b("summary")}</span>
            <input
              type="text"
              value={state.summary}
              maxLength={300}
              onChange={(e) => state.setSummary(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="primary"
            disabled={pending || !dirty}
            aria-describedby={live ? "live-hint" : undefined}
            onClick={() => void state.save()}
          >
            {pending ? b("saving") : !saved ? b("create") : live ? b("saveLive") : b("save")}
          </button>
          {live && (
            <span id="live-hint" className="hint">
              {b("liveHint")}
            </span>
          )}
        </>
      )}
      <button type="button" className="secondary" aria-pressed={previewing} onClick={onTogglePreview}>
        {previewing ? b("edit") : b("preview")}
      </button>
      {can.save && !can.publish && saved && (
        <button
          type="button"
          className="secondary"
          disabled={pending || dirty}
          onClick={() => void state.changeDraft("submit")}
        >
          {d("submit")}
        </button>
      )}
      {can.publish && saved && (
        <>
          {changesToPublish && (
            <button
              type="button"
              className="secondary"
              disabled={pending || dirty}
              aria-describedby={dirty ? "publish-hint" : undefined}
              onClick={() => void state.changeStatus("publish")}
            >
              {b("publish")}
            </button>
          )}
          {saved.publishedVersion !== null && saved.hasUnpublishedChanges && (
            <button
              type="button"
              className="secondary"
              disabled={pending}
              onClick={() =>
                window.confirm(d("discardConfirm", { version: String(saved.publishedVersion ?? "") })) &&
                void state.changeDraft("discard")
              }
            >
              {d("discard")}
            </button>
          )}
          {live && (
            <button
              type="button"
              className="secondary"
              disabled={pending}
              onClick={() => void state.changeStatus("unpublish")}
            >
              {b("unpublish")}
            </button>
          )}
          {saved.status !== "ARCHIVED" && (
            <button
              type="button"
              className="secondary"
              disabled={pending}
              onClick={() => window.confirm(b("archiveConfirm")) && void state.changeStatus("archive")}
            >
              {b("archive")}
            </button>
          )}
          {dirty && (
            <span id="publish-hint" className="hint">
              {b("saveFirst")}
            </span>
          )}
        </>
      )}
      {code && (
        <Link href={`/entries/${code}/history`} className="button secondary">
          {t("editor.history")}
        </Link>
      )}
    </div>
  );
}
