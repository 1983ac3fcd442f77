// The fields of the code itself, for entries and for valid codes the base does not hold yet.
import type { HResultFieldsFragment } from "@kb/client";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";

export async function HResultDetails({
  hresult,
  locale,
}: {
  hresult: HResultFieldsFragment;
  locale: Locale;
}) {
  const f = await getTranslations({ locale, namespace: "entry.hresultFields" });
  const hex16 = `0x${hresult.code.toString(16).toUpperCase().padStart(4, "0")}`;
  const rows: [string, string][] = [
    [f("hex"), hresult.hex],
    [f("unsigned"), hresult.unsignedDecimal],
    [f("signed"), String(hresult.signed)],
    [f("severity"), hresult.severity],
    [f("facility"), `${hresult.facility}${hresult.facilityName ? ` (${hresult.facilityName})` : ""}`],
    [f("code"), `${hex16} (${hresult.code})`],
  ];
  if (hresult.win32Error !== null) {
    rows.push([f("win32"), `${hresult.win32Error}${hresult.win32Name ? ` (${hresult.win32Name})` : ""}`]);
  }
  // The API describes the source in English only.
  const source = hresult.source;
  return (
    <dl className="hresult">
      {hresult.names.length > 0 && (
        // What the Windows headers call the value (or the Win32/NTSTATUS value it wraps), with the header.
        <div>
          <dt>{f("names")}</dt>
          <dd>
            {hresult.names.map((n, i) => (
              <span key={`${n.name} ${n.header}`}>
                {i > 0 && ", "}
                <code>{n.name}</code> <span lang="en">({n.header})</span>
              </span>
            ))}
          </dd>
        </div>
      )}
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <code>{value}</code>
          </dd>
        </div>
      ))}
      {source && (
        <div>
          <dt>{f("source")}</dt>
          <dd lang="en">{source}</dd>
        </div>
      )}
    </dl>
  );
}
