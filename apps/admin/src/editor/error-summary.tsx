"use client";
// After a refused save: every problem in one list, each linking to its field (which shows it too).
import { useTranslations } from "next-intl";
import type { FieldError } from "../lib/action-result.ts";
import { describePath } from "../lib/describe-path.ts";
import { fieldId } from "../lib/paths.ts";
import { fieldErrorText } from "./field-error-text.ts";

export function ErrorSummary({ errors }: { errors: Record<string, FieldError> }) {
  const t = useTranslations();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" id="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("editor.failure.errorsTitle")}</h2>
      <ul>
        {entries.map(([path, error]) => (
          <li key={path}>
            <a href={`#${fieldId(path)}`}>
              {describePath(path, t)}: {fieldErrorText(error, t)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
