"use client";
// Import in two steps: a dry run reports what would change; "Import" is offered only for that exact
// content and format, and only when nothing conflicts.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ExportFormat, ImportEntriesMutation } from "@kb/client";
import { useReauth } from "../../../components/reauth/reauth-provider.tsx";
import { importAction } from "../../actions/import.actions.ts";
import { ImportReport } from "./import-report.tsx";

type Report = ImportEntriesMutation["importEntries"];

export function ImportForm({ formats }: { formats: ExportFormat[] }) {
  const t = useTranslations();
  const io = useTranslations("admin.io");
  const run = useReauth();
  const [format, setFormat] = useState<ExportFormat>(formats[0]!);
  const [content, setContent] = useState("");
  const [report, setReport] = useState<{ report: Report; checked: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"check" | "apply" | null>(null);
  const checkedKey = `${format}\n${content}`;
  const stale = report !== null && report.report.dryRun && report.checked !== checkedKey;

  async function submit(dryRun: boolean) {
    setPending(dryRun ? "check" : "apply");
    setError(null);
    const result = await run(() => importAction(format, content, dryRun));
    setPending(null);
    if (result.ok) setReport({ report: result.data, checked: checkedKey });
    else {
      setReport(null);
      setError(
        io("failed", {
          message:
            result.kind === "error" && result.code === "TOO_LARGE"
              ? t("common.errors.tooLarge")
              : result.message,
        }),
      );
    }
  }

  const canApply = report?.report.dryRun && !stale && report.report.conflicts.length === 0;
  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="row">
        <legend>{io("format")}</legend>
        {formats.map((f) => (
          <label key={f} className="check">
            <input
              type="radio"
              name="format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {f}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{io("file")}</span>
        <input
          type="file"
          accept=".json,.xlf,.xliff,application/json,application/xml"
          onChange={async (e) => setContent((await e.target.files?.[0]?.text()) ?? "")}
        />
      </label>
      <label className="field">
        <span>{io("content")}</span>
        <textarea
          className="mono"
          rows={8}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          spellCheck={false}
        />
      </label>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!content.trim() || pending !== null}
          onClick={() => void submit(true)}
        >
          {pending === "check" ? io("checking") : io("check")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!canApply || pending !== null}
          onClick={() => void submit(false)}
        >
          {pending === "apply" ? io("applying") : io("apply")}
        </button>
      </div>
      {stale && <p className="notice info">{io("changedSinceCheck")}</p>}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {report && <ImportReport report={report.report} />}
    </form>
  );
}
