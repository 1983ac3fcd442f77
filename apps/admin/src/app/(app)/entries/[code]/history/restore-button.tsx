"use client";
// Restoring saves the old content as a new version (nothing is lost), so it asks once, then opens
// the editor on the restored entry.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { restoreRevisionAction } from "../../../../actions/entry.actions.ts";
import { useReauth } from "../../../../../components/reauth/reauth-provider.tsx";
import { useT } from "../../../../../i18n/i18n-provider.tsx";
import { fill } from "../../../../../i18n/locale.ts";

interface Props {
  code: string;
  revision: number;
  currentVersion: number;
}

export function RestoreButton({ code, revision, currentVersion }: Props) {
  const t = useT();
  const run = useReauth();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    if (!window.confirm(fill(t.history.confirm, { version: revision }))) return;
    setPending(true);
    const result = await run(() => restoreRevisionAction(code, revision, currentVersion));
    setPending(false);
    if (result.ok) return router.push(`/entries/${code}?restored=${revision}`);
    setError(
      result.kind === "conflict"
        ? t.history.changedMeanwhile
        : fill(t.history.failed, { message: result.message }),
    );
  }

  return (
    <>
      <button type="button" className="secondary small" disabled={pending} onClick={() => void restore()}>
        {pending ? t.history.restoring : fill(t.history.restore, { version: revision })}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
