"use client";
import { useTranslations } from "next-intl";
import type { ImportEntriesMutation } from "@kb/client";

type Report = ImportEntriesMutation["importEntries"];

export function ImportReport({ report }: { report: Report }) {
  const io = useTranslations("admin.io");
  const groups = [
    { label: io("created"), codes: report.created },
    { label: io("updated"), codes: report.updated },
    { label: io("unchanged"), codes: report.unchanged },
    { label: io("conflicts"), codes: report.conflicts, warn: true },
  ];
  return (
    <section className="report-box" aria-labelledby="import-report-title" role="status">
      <h3 id="import-report-title">{report.dryRun ? io("reportTitle") : io("doneTitle")}</h3>
      <dl>
        {groups.map((group) => (
          <div key={group.label} className={group.warn && group.codes.length ? "warn" : undefined}>
            <dt>
              {group.label} ({group.codes.length})
            </dt>
            <dd className="code">{group.codes.length ? group.codes.join(", ") : io("none")}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
