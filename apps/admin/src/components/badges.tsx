// Status and translation badges: words as well as colours, so they read without colour vision too.
import type { EntryStatus, TranslationStatus } from "@kb/client";

export function StatusBadge({ status, label }: { status: EntryStatus; label: string }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{label}</span>;
}

export function TranslationBadge({ status, label }: { status: TranslationStatus; label: string }) {
  return (
    <span className={`badge translation-${status.toLowerCase()}`} data-translation={status}>
      {label}
    </span>
  );
}
