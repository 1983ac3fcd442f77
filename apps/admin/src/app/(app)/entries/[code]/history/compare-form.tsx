// Picking two versions is a GET form: the comparison has a URL and needs no script.
import { getTranslations } from "next-intl/server";

interface Props {
  code: string;
  versions: number[];
  from: number;
  to: number;
}

export async function CompareForm({ code, versions, from, to }: Props) {
  const t = await getTranslations();
  const select = (name: "from" | "to", value: number, label: string) => (
    <div className="field">
      {/* A label wrapping a select would take the options' text into its name. */}
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={value}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={`/entries/${code}/history`}
      className="filters"
      aria-label={t("history.compare")}
    >
      {select("from", from, t("history.from"))}
      {select("to", to, t("history.to"))}
      <div className="row">
        <button type="submit" className="primary">
          {t("history.show")}
        </button>
      </div>
    </form>
  );
}
