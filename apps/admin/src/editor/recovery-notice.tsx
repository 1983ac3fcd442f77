"use client";
// Edits this browser kept from an earlier visit (a reload, a crash, a closed tab): restore or drop.
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "../lib/format-date.ts";
import type { KeptEdits } from "./local-recovery.ts";

interface Props {
  kept: KeptEdits;
  currentVersion: number;
  onRestore(): void;
  onDrop(): void;
}

export function RecoveryNotice({ kept, currentVersion, onRestore, onDrop }: Props) {
  const locale = useLocale();
  const d = useTranslations("drafts");
  return (
    <section className="notice info recovery" role="status" aria-label={d("restore")}>
      <p>{d("recoveryFound", { date: formatDate(kept.keptAt, locale) })}</p>
      {kept.version !== currentVersion && (
        <p>{d("recoveryOlder", { version: String(kept.version), current: String(currentVersion) })}</p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={onRestore}>
          {d("restore")}
        </button>
        <button type="button" className="secondary" onClick={onDrop}>
          {d("dropRecovery")}
        </button>
      </div>
    </section>
  );
}
