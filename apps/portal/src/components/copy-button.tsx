"use client";
// Copies a command. Rendered only once hydrated: without JavaScript it could not work, and the command
// above it stays selectable text in <pre><code> either way. Its words come from the "copy" namespace of
// the nearest NextIntlClientProvider (the entry article's).
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function CopyButton({ text }: { text: string }) {
  const t = useTranslations("copy");
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission (an insecure origin, a locked-down browser): the text stays selectable.
      setCopied(false);
    }
  }

  return (
    <button type="button" className="copy-button" onClick={copy} title={t("label")}>
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
      <span className="visually-hidden"> {t("label")}</span>
    </button>
  );
}
