"use client";
// Copies a command. Rendered only once hydrated: without JavaScript it could not work, and the command
// above it stays selectable text in <pre><code> either way.
import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

interface Props {
  text: string;
  label: string;
  copiedLabel: string;
  /** Names what is copied for screen readers ("Copy the command"). */
  description: string;
}

export function CopyButton({ text, label, copiedLabel, description }: Props) {
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
    <button type="button" className="copy-button" onClick={copy} title={description}>
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
      <span className="visually-hidden"> {description}</span>
    </button>
  );
}
