// A plain GET form: filtering works without JavaScript and every result has a URL.
import { getTranslations } from "next-intl/server";
import {
  ACTIVATION_TYPES,
  ENTRY_STATUSES,
  TRANSLATION_STATUSES,
  type ListParams,
} from "../../../lib/list-filter.ts";

export async function EntryFilters({ params }: { params: ListParams }) {
  const t = await getTranslations();
  return (
    <form method="get" action="/entries" className="filters" role="search" aria-label={t("list.filters")}>
      <label className="field grow">
        <span>{t("list.search")}</span>
        <input type="search" name="q" defaultValue={params.q} placeholder={t("list.searchHint")} />
      </label>
      <div className="field">
        <label htmlFor="filter-type">{t("list.activationType")}</label>
        <select id="filter-type" name="type" defaultValue={params.type}>
          <option value="">{t("list.any")}</option>
          {ACTIVATION_TYPES.map((key) => (
            <option key={key} value={key}>
              {key.replace("_", " ")}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t("list.status")}</label>
        <select id="filter-status" name="status" defaultValue={params.status}>
          <option value="">{t("list.any")}</option>
          {ENTRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`common.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-translation">{t("list.translation")}</label>
        <select id="filter-translation" name="translation" defaultValue={params.translation}>
          <option value="">{t("list.any")}</option>
          {TRANSLATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`common.translationShort.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t("list.apply")}
        </button>
        <a href="/entries" className="button secondary">
          {t("list.clear")}
        </a>
      </div>
    </form>
  );
}
