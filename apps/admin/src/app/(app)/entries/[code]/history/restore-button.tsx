"use client";
// Restoring saves the old content as a new version (nothing is lost), so it asks once, then opens
// the editor on the restored entry.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { restoreRevisionAction } from "../../../../actions/entry.actions.ts";
import { useReauth } from "../../../../../components/reauth/reauth-provider.tsx";

interface Props {
  code: string;
  revision: number;
  currentVersion: number;
}

export function RestoreButton({ code, revision, currentVersion }: Props) {
  const t = useTranslations();
  const run = useReauth();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    if (!window.confirm(t("history.confirm", { version: String(revision) }))) return;
    setPending(true);
    const result = await run(() => restoreRevisionAction(code, revision, currentVersion));
    setPending(false);
    if (result.ok) return router.push(`/entries/${code}?restored=${revision}`);
    setError(
      result.kind === "conflict"
        ? t("history.changedMeanwhile")
        : t("history.failed", { message: result.message }),
    );
  }

  return (
    <>
      <button type="button" className="secondary small" disabled={pending} onClick={() => void restore()}>
        {pending ? t("history.restoring") : t("history.restore", { version: String(revision) })}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
