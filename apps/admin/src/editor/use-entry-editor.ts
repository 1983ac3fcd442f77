"use client";
// The editor's state and its round trips. The form is only ever replaced on the editor's own request
// (reload their version, keep mine on top, restore kept edits, discard the draft): a failed save, an
// expired session or a conflict leave every typed character where it was. Saves write the working
// draft (readers keep the published version until publish); unsaved edits are kept in the browser and
// saved automatically after a pause.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { EditableEntryFragment } from "@kb/client";
import {
  changeStatusAction,
  confirmTranslationsAction,
  createEntryAction,
  draftAction,
  saveEntryAction,
  type DraftChange,
  type StatusChange,
} from "../app/actions/entry.actions.ts";
import { useReauth } from "../components/reauth/reauth-provider.tsx";
import type { ActionResult, Failure, FieldError } from "../lib/action-result.ts";
import { focusSoon } from "./editor-context.tsx";
import { useLeaveGuard } from "./use-leave-guard.ts";
import { failureBanner } from "./failure-banner.ts";
import {
  adoptSavedIds,
  contentKey,
  emptyForm,
  formToInput,
  sourceToForm,
  type EntryForm,
} from "./form-model.ts";
import { setIn } from "./form-ops.ts";
import { findEdits, forgetEdits, keepEdits, type KeptEdits } from "./local-recovery.ts";
import { diff, mergeOnTop, type Overlap } from "./merge.ts";
import { toSaved, type Banner, type ConflictState, type MissingFrench, type Saved } from "./editor-state.ts";

/** How long typing must pause before the draft is saved on its own. */
export const AUTOSAVE_DELAY_MS = 4000;

interface Options {
  /** The role may save (editors, admins, translators): only then is anything autosaved. */
  canSave: boolean;
}

export function useEntryEditor(
  entry: EditableEntryFragment | null,
  initialCode: string,
  notice: string | undefined,
  { canSave }: Options,
) {
  const t = useTranslations();
  const run = useReauth();
  const router = useRouter();
  const [form, setForm] = useState<EntryForm>(() =>
    entry ? sourceToForm(entry.source) : emptyForm(initialCode),
  );
  const [saved, setSaved] = useState<Saved | null>(() => entry && toSaved(entry));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [overlaps, setOverlaps] = useState<Record<string, Overlap>>({});
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [banner, setBanner] = useState<Banner | null>(notice ? { tone: "success", text: notice } : null);
  const [summary, setSummary] = useState("");
  const [pending, setPending] = useState(false);
  const [missing, setMissing] = useState<MissingFrench | null>(null);
  /** Edits this browser kept from an earlier visit, offered until restored or dropped. */
  const [kept, setKept] = useState<KeptEdits | null>(null);
  const [recoveryChecked, setRecoveryChecked] = useState(false);

  const code = saved?.source.code ?? null;
  const savedKey = useMemo(() => saved && contentKey(sourceToForm(saved.source)), [saved]);
  const formKey = contentKey(form);
  const dirty = savedKey === null || formKey !== savedKey;

  useLeaveGuard(dirty && saved !== null, t("editor.leaveConfirm"));

  // Kept edits from an earlier visit (localStorage exists only in the browser, hence an effect).
  useEffect(() => {
    if (!code) return;
    const found = findEdits(code);
    if (found && contentKey(found.form) !== savedKey) setKept(found);
    setRecoveryChecked(true);
    // Once per entry: later changes of the saved version are this editor's own saves.
  }, [code]);

  // Keep unsaved edits in the browser; forget them once saved. Nothing is written while earlier kept
  // edits are still on offer, so that they are not overwritten before the editor decides.
  useEffect(() => {
    if (!code || !saved || !recoveryChecked || kept) return;
    if (dirty) keepEdits({ code, version: saved.version, base: saved.source, form });
    else forgetEdits(code);
  }, [code, saved, form, dirty, recoveryChecked, kept]);

  // Autosave: a pause in typing saves the draft (never publishes). A conflict stops it until the
  // editor has chosen what to do: it never saves over someone else's version.
  useEffect(() => {
    if (!saved || !canSave || !dirty || pending || conflict || kept) return;
    const timer = setTimeout(() => void save({ auto: true }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // The form's content, not its object identity, decides when typing paused.
  }, [formKey, saved, canSave, pending, conflict, kept]);

  function fail(failure: Failure) {
    if (failure.kind === "invalid") {
      // A code that is no code comes back as an argument error rather than a field list.
      const fields: FieldError[] = failure.fields.length
        ? failure.fields
        : failure.argument?.endsWith("code")
          ? [{ path: "code", code: "INVALID_FORMAT", params: { format: "code" }, message: failure.message }]
          : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path, f])));
      if (fields.length) focusSoon(["error-summary"]);
    }
    if (failure.kind === "conflict" && failure.conflict && saved) {
      const changes = diff(saved.source, failure.conflict.current.source);
      setConflict({ details: failure.conflict, changes, merged: false });
      setBanner(null);
      focusSoon(["conflict-title"]);
      return;
    }
    setBanner(failureBanner(failure, t, form.code));
  }

  async function save({ auto = false } = {}) {
    setPending(true);
    const input = formToInput(form);
    const sent = contentKey(form);
    const result = await run(() =>
      saved
        ? saveEntryAction(saved.source.code, saved.version, input, auto ? "" : summary)
        : createEntryAction(input, summary),
    );
    setPending(false);
    if (!result.ok) return fail(result);
    if (!saved) return router.replace(`/entries/${result.data.code}`);
    const next = toSaved(result.data);
    setSaved(next);
    // New items get their ids, unless the editor typed on meanwhile (then the next save sends them).
    setForm((current) => (contentKey(current) === sent ? adoptSavedIds(current, next.source) : current));
    setErrors({});
    setOverlaps({});
    setConflict(null);
    if (!auto) setSummary("");
    const version = String(result.data.version);
    const text = auto
      ? next.publishedVersion !== null
        ? t("drafts.autosaved", { version })
        : t("drafts.autosavedDraft", { version })
      : t("editor.done.saved", { version });
    setBanner({ tone: auto ? "info" : "success", text });
  }

  /** Runs an action on the saved entry and takes its answer as the new saved state. */
  async function act(
    call: (s: Saved) => Promise<ActionResult<EditableEntryFragment>>,
    done: (version: string) => string,
  ) {
    if (!saved) return null;
    setPending(true);
    const result = await run(() => call(saved));
    setPending(false);
    if (!result.ok) {
      fail(result);
      return null;
    }
    setSaved(toSaved(result.data));
    setBanner({ tone: "success", text: done(String(result.data.version)) });
    return result.data;
  }

  async function changeStatus(change: StatusChange, allowMissingTranslations = false) {
    if (!saved) return;
    setPending(true);
    const result = await run(() =>
      changeStatusAction(saved.source.code, change, saved.version, allowMissingTranslations),
    );
    setPending(false);
    if (!result.ok && result.kind === "invalid" && result.reason === "TRANSLATIONS_MISSING") {
      setMissing(result.fields);
      return;
    }
    setMissing(null);
    if (!result.ok) return fail(result);
    setSaved(toSaved(result.data));
    const version = String(result.data.version);
    const text = {
      publish: t("editor.done.published", { version }),
      unpublish: t("editor.done.unpublished", { version }),
      archive: t("editor.done.archived", { version }),
    }[change];
    setBanner({ tone: "success", text });
  }

  async function changeDraft(change: DraftChange) {
    const done = (version: string) =>
      change === "discard" ? t("drafts.discarded", { version }) : t("drafts.submitted", { version });
    const entry = await act((s) => draftAction(s.source.code, change, s.version), done);
    // Discarding replaces the draft with the published text: the form follows.
    if (entry && change === "discard") {
      setForm(sourceToForm(entry.source));
      setErrors({});
      setOverlaps({});
    }
  }

  async function confirmTranslation(path: string) {
    await act(
      (s) => confirmTranslationsAction(s.source.code, s.version, [path]),
      (version) => t("drafts.confirmed", { version }),
    );
  }

  function reloadTheirs() {
    if (!conflict) return;
    const current = conflict.details.current;
    setSaved(toSaved(current));
    setForm(sourceToForm(current.source, `v${current.version}`));
    setConflict(null);
    setOverlaps({});
    setErrors({});
    setBanner({ tone: "info", text: t("editor.conflict.reloaded", { version: String(current.version) }) });
  }

  function keepMineOnTop() {
    if (!conflict || !saved) return;
    const current = conflict.details.current;
    const merged = mergeOnTop(saved.source, current.source, form);
    setSaved(toSaved(current));
    setForm(merged.form);
    setOverlaps(Object.fromEntries(merged.overlaps.map((o) => [o.path, o])));
    setErrors({});
    setConflict({ ...conflict, merged: true });
  }

  /** Kept edits come back as they were typed; made on an older version, they go on top of this one. */
  function restoreKept() {
    if (!kept || !saved) return;
    if (kept.version === saved.version) setForm(kept.form);
    else {
      const merged = mergeOnTop(kept.base, saved.source, kept.form);
      setForm(merged.form);
      setOverlaps(Object.fromEntries(merged.overlaps.map((o) => [o.path, o])));
    }
    setKept(null);
    setBanner({ tone: "info", text: t("drafts.restored") });
  }

  function dropKept() {
    if (code) forgetEdits(code);
    setKept(null);
  }

  return {
    form,
    saved,
    dirty,
    errors,
    overlaps,
    conflict,
    banner,
    summary,
    pending,
    missing,
    kept,
    setSummary,
    setField: (path: string, value: string) => setForm((f) => setIn(f, path, value)),
    /** Stable (React's own setter), so effects may depend on it. */
    update: setForm as (change: (f: EntryForm) => EntryForm) => void,
    save: () => save(),
    changeStatus,
    changeDraft,
    confirmTranslation,
    cancelPublish: () => setMissing(null),
    reloadTheirs,
    keepMineOnTop,
    restoreKept,
    dropKept,
  };
}

export type EntryEditorState = ReturnType<typeof useEntryEditor>;
