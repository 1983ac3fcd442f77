"use client";
// Edits this browser kept from an earlier visit (a reload, a crash, a closed tab): restore or drop.
import { useT } from "../i18n/i18n-provider.tsx";
import { fill } from "../i18n/locale.ts";
import { formatDate } from "../lib/format-date.ts";
import type { KeptEdits } from "./local-recovery.ts";

interface Props {
  kept: KeptEdits;
  currentVersion: number;
  onRestore(): void;
  onDrop(): void;
}

export function RecoveryNotice({ kept, currentVersion, onRestore, onDrop }: Props) {
  const t = useT();
  const d = t.drafts;
  return (
    <section className="notice info recovery" role="status" aria-label={d.restore}>
      <p>{fill(d.recoveryFound, { date: formatDate(kept.keptAt, t.locale) })}</p>
      {kept.version !== currentVersion && (
        <p>{fill(d.recoveryOlder, { version: kept.version, current: currentVersion })}</p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={onRestore}>
          {d.restore}
        </button>
        <button type="button" className="secondary" onClick={onDrop}>
          {d.dropRecovery}
        </button>
      </div>
    </section>
  );
}
