"use client";
// The entry editor: English and French side by side for every text, lists that can be reordered from
// the keyboard, a sticky action bar, conflict handling and a live preview. Saves go to the working
// draft; the panel above the form lists what publishing would change, French fields carry their
// translation status, and who else has the entry open is shown.
import { useState } from "react";
import type { ActivationTypeKey, EditableEntryFragment, Locale, Role } from "@kb/client";
import { capabilities } from "../lib/roles.ts";
import type { PreviewLabels } from "../server/preview-labels.ts";
import { ActionBar } from "./action-bar.tsx";
import { ActivationTypesField } from "./activation-types-field.tsx";
import { CausesSection } from "./causes-section.tsx";
import { CodeField } from "./code-field.tsx";
import { ConflictPanel } from "./conflict-panel.tsx";
import { EditorContext, type EditorContextValue } from "./editor-context.tsx";
import { EditorHeader } from "./editor-header.tsx";
import { ErrorSummary } from "./error-summary.tsx";
import { toIdPath } from "../lib/item-paths.ts";
import { PresenceNotice } from "./presence-notice.tsx";
import { Preview } from "./preview.tsx";
import { PublishDialog } from "./publish-dialog.tsx";
import { RecoveryNotice } from "./recovery-notice.tsx";
import { ReferencesSection } from "./references-section.tsx";
import { ResolutionsSection } from "./resolutions-section.tsx";
import { TextsSection } from "./texts-section.tsx";
import { UnpublishedPanel } from "./unpublished-panel.tsx";
import { useEntryEditor } from "./use-entry-editor.ts";
import { usePresence } from "./use-presence.ts";

interface Props {
  entry: EditableEntryFragment | null;
  /** For a new entry, e.g. from the unknown-codes backlog. */
  initialCode?: string;
  role: Role;
  typeNames: Record<Locale, Record<ActivationTypeKey, string>>;
  /** The preview's headings in each content language. */
  previewLabels: PreviewLabels;
  /** Shown once above the form, e.g. after a restore. */
  notice?: string;
}

export function EntryEditor({ entry, initialCode = "", role, typeNames, previewLabels, notice }: Props) {
  const can = capabilities(role);
  const state = useEntryEditor(entry, initialCode, notice, { canSave: can.editFrench });
  const [previewing, setPreviewing] = useState(false);
  const [live, setLive] = useState("");
  const others = usePresence(state.saved?.source.code ?? null);
  const { saved } = state;
  const context: EditorContextValue = {
    form: state.form,
    setField: state.setField,
    update: state.update,
    errors: state.errors,
    overlaps: state.overlaps,
    translation: (path) => {
      const idPath = saved && toIdPath(path, state.form);
      return idPath ? saved.translationFields[idPath] : undefined;
    },
    confirmTranslation: (path) => void state.confirmTranslation(path),
    pending: state.pending,
    can: { content: can.editContent, french: can.editFrench },
    typeNames,
    previewLabels,
    announce: setLive,
  };
  const { banner } = state;

  return (
    <EditorContext value={context}>
      <div className="editor">
        <EditorHeader saved={state.saved} code={state.form.code} role={role} />
        {banner && (
          <div className={`notice ${banner.tone}`} role={banner.tone === "error" ? "alert" : "status"}>
            {banner.text} {banner.link && <a href={banner.link.href}>{banner.link.label}</a>}
          </div>
        )}
        <PresenceNotice others={others} />
        {state.kept && saved && (
          <RecoveryNotice
            kept={state.kept}
            currentVersion={saved.version}
            onRestore={state.restoreKept}
            onDrop={state.dropKept}
          />
        )}
        {saved && <UnpublishedPanel saved={saved} />}
        {state.missing && saved && (
          <PublishDialog
            missing={state.missing}
            saved={saved}
            pending={state.pending}
            onPublishAnyway={() => void state.changeStatus("publish", true)}
            onCancel={state.cancelPublish}
          />
        )}
        {state.conflict && (
          <ConflictPanel
            conflict={state.conflict}
            onReload={state.reloadTheirs}
            onKeepMine={state.keepMineOnTop}
          />
        )}
        <ErrorSummary errors={state.errors} />
        <div hidden={previewing}>
          {!state.saved && <CodeField />}
          <TextsSection />
          <ActivationTypesField />
          <CausesSection />
          <ResolutionsSection />
          <ReferencesSection />
        </div>
        {previewing && <Preview />}
        <p className="sr-only" aria-live="polite">
          {live}
        </p>
        <ActionBar
          state={state}
          can={{ save: can.editFrench, publish: can.publish }}
          previewing={previewing}
          onTogglePreview={() => setPreviewing((p) => !p)}
        />
      </div>
    </EditorContext>
  );
}
