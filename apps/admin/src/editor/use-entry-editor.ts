"use client";
// The editor's state and its round trips. The form is only ever replaced on the editor's own request
// (reload their version, keep mine on top): a failed save, an expired session or a conflict leave
// every typed character where it was.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { EditableEntryFragment } from "@kb/client";
import {
  changeStatusAction,
  createEntryAction,
  saveEntryAction,
  type StatusChange,
} from "../app/actions/entry.actions.ts";
import { useReauth } from "../components/reauth/reauth-provider.tsx";
import { useT } from "../i18n/i18n-provider.tsx";
import { fill } from "../i18n/locale.ts";
import type { Failure } from "../lib/action-result.ts";
import { focusSoon } from "./editor-context.tsx";
import { useLeaveGuard } from "./use-leave-guard.ts";
import { failureBanner } from "./failure-banner.ts";
import { contentKey, emptyForm, formToInput, sourceToForm, type EntryForm } from "./form-model.ts";
import { setIn } from "./form-ops.ts";
import { diff, mergeOnTop, type Overlap } from "./merge.ts";
import { toSaved, type Banner, type ConflictState, type Saved } from "./editor-state.ts";

export function useEntryEditor(entry: EditableEntryFragment | null, initialCode: string, notice?: string) {
  const t = useT();
  const run = useReauth();
  const router = useRouter();
  const [form, setForm] = useState<EntryForm>(() =>
    entry ? sourceToForm(entry.source) : emptyForm(initialCode),
  );
  const [saved, setSaved] = useState<Saved | null>(() => entry && toSaved(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [overlaps, setOverlaps] = useState<Record<string, Overlap>>({});
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [banner, setBanner] = useState<Banner | null>(notice ? { tone: "success", text: notice } : null);
  const [summary, setSummary] = useState("");
  const [pending, setPending] = useState(false);

  const savedKey = useMemo(() => saved && contentKey(sourceToForm(saved.source)), [saved]);
  const dirty = savedKey === null || contentKey(form) !== savedKey;

  useLeaveGuard(dirty && saved !== null, t.editor.leaveConfirm);

  function fail(failure: Failure) {
    if (failure.kind === "invalid") {
      // A code that is no code comes back as an argument error rather than a field list.
      const fields = failure.fields.length
        ? failure.fields
        : failure.argument?.endsWith("code")
          ? [{ path: "code", message: failure.message }]
          : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path, f.message])));
      if (fields.length) focusSoon(["error-summary"]);
    }
    if (failure.kind === "conflict" && failure.conflict && saved) {
      const changes = diff(
        formToInput(sourceToForm(saved.source)),
        formToInput(sourceToForm(failure.conflict.current.source)),
      );
      setConflict({ details: failure.conflict, changes, merged: false });
      setBanner(null);
      focusSoon(["conflict-title"]);
      return;
    }
    setBanner(failureBanner(failure, t, form.code));
  }

  async function save() {
    setPending(true);
    const input = formToInput(form);
    const result = await run(() =>
      saved
        ? saveEntryAction(saved.source.code, saved.version, input, summary)
        : createEntryAction(input, summary),
    );
    setPending(false);
    if (!result.ok) return fail(result);
    if (!saved) return router.replace(`/entries/${result.data.code}`);
    setSaved(toSaved(result.data));
    setErrors({});
    setOverlaps({});
    setConflict(null);
    setSummary("");
    setBanner({ tone: "success", text: fill(t.editor.done.saved, { version: result.data.version }) });
  }

  async function changeStatus(change: StatusChange) {
    if (!saved) return;
    setPending(true);
    const result = await run(() => changeStatusAction(saved.source.code, change, saved.version));
    setPending(false);
    if (!result.ok) return fail(result);
    setSaved(toSaved(result.data));
    const text = {
      publish: t.editor.done.published,
      unpublish: t.editor.done.unpublished,
      archive: t.editor.done.archived,
    }[change];
    setBanner({ tone: "success", text: fill(text, { version: result.data.version }) });
  }

  function reloadTheirs() {
    if (!conflict) return;
    const current = conflict.details.current;
    setSaved(toSaved(current));
    setForm(sourceToForm(current.source, `v${current.version}`));
    setConflict(null);
    setOverlaps({});
    setErrors({});
    setBanner({ tone: "info", text: fill(t.editor.conflict.reloaded, { version: current.version }) });
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
    setSummary,
    setField: (path: string, value: string) => setForm((f) => setIn(f, path, value)),
    update: (change: (f: EntryForm) => EntryForm) => setForm(change),
    save,
    changeStatus,
    reloadTheirs,
    keepMineOnTop,
  };
}

export type EntryEditorState = ReturnType<typeof useEntryEditor>;
