"use client";
// The entry as the portal will show it, from the form as it is now (unsaved edits included), in either
// language. Like the API, French falls back to English where a text is not translated yet, and says so.
import { createTranslator, useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { Locale } from "@kb/client";
import { useEditor } from "./editor-context.tsx";
import type { StepForm } from "./form-model.ts";

// Only web links become links: a javascript: URL typed by anyone must not run in the admin.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url.trim());

export function Preview() {
  const { form, typeNames, previewLabels } = useEditor();
  const t = useTranslations();
  const uiLocale = useLocale();
  const [locale, setLocale] = useState<Locale>(uiLocale === "fr" ? "FR" : "EN");
  const fallback = locale === "FR" && !form.fr.title.trim();
  const served: Locale = fallback ? "EN" : locale;
  // Headings in the language of the texts, as the portal page in that language has them.
  const labels = useMemo(
    () =>
      createTranslator({
        locale: served === "FR" ? "fr" : "en",
        messages: { preview: previewLabels[served] },
        namespace: "preview",
      }),
    [served, previewLabels],
  );
  const pick = (en: string, fr: string) => (served === "FR" && fr.trim() ? fr : en);
  const texts = served === "FR" ? form.fr : form.en;
  const names = typeNames[served];

  return (
    <section className="preview" aria-labelledby="preview-title">
      <div className="preview-head">
        <h2 id="preview-title">{t("editor.preview.title")}</h2>
        <p>{t("editor.preview.intro")}</p>
        <div role="group" aria-label={t("editor.preview.language")} className="row">
          {(["EN", "FR"] as const).map((l) => (
            <button
              key={l}
              type="button"
              className="secondary small"
              aria-pressed={locale === l}
              onClick={() => setLocale(l)}
            >
              {t(`common.contentLanguages.${l}`)}
            </button>
          ))}
        </div>
      </div>
      <article className="portal-entry" lang={served.toLowerCase()}>
        <h1>
          <code>{form.code}</code> {texts.title}
        </h1>
        {fallback && <p className="notice info">{t("editor.preview.fallback")}</p>}
        <h2>{labels("message")}</h2>
        <blockquote>
          <p>{texts.message}</p>
        </blockquote>
        <h2>{labels("activationTypes")}</h2>
        <ul className="tags">
          {form.activationTypes.map((key) => (
            <li key={key}>{names[key]}</li>
          ))}
        </ul>
        <h2>{labels("causes")}</h2>
        <ul>
          {form.causes.map((cause) => (
            <li key={cause.key}>{pick(cause.en, cause.fr)}</li>
          ))}
        </ul>
        <h2>{labels("resolutions")}</h2>
        <ol className="resolutions">
          {form.resolutions.map((r) => (
            <li key={r.key}>
              {r.activationType && (
                <p className="applies-to">{labels("appliesTo", { type: names[r.activationType] })}</p>
              )}
              <p>{pick(r.en, r.fr)}</p>
              <Steps
                steps={r.steps}
                alternatives={r.stepsMode === "ALTERNATIVES"}
                pick={pick}
                option={(n) => labels("option", { n: String(n) })}
                note={labels("note")}
              />
            </li>
          ))}
        </ol>
        {texts.notes.trim() && (
          <>
            <h2>{labels("notes")}</h2>
            <p>{texts.notes}</p>
          </>
        )}
        {form.references.length > 0 && (
          <>
            <h2>{labels("references")}</h2>
            <ul>
              {form.references
                .filter((ref) => ref.kind !== "SOURCE")
                .map((ref) => (
                  <li key={ref.key}>{linkOf(ref, pick)}</li>
                ))}
            </ul>
            {form.references
              .filter((ref) => ref.kind === "SOURCE")
              .map((ref) => (
                <p key={ref.key}>
                  {labels("source")} {linkOf(ref, pick)}
                </p>
              ))}
          </>
        )}
      </article>
    </section>
  );
}

type Pick = (en: string, fr: string) => string;
const linkOf = (ref: { url: string; en: string; fr: string }, pick: Pick) =>
  isWebUrl(ref.url) ? <a href={ref.url}>{pick(ref.en, ref.fr)}</a> : pick(ref.en, ref.fr);

/** Steps as the portal shows them: numbered, or options to choose from; notes between, never counted. */
function Steps(props: {
  steps: StepForm[];
  alternatives: boolean;
  pick: Pick;
  option: (n: number) => string;
  note: string;
}) {
  const { steps, alternatives, pick, option, note } = props;
  const runs: (StepForm | StepForm[])[] = [];
  for (const step of steps) {
    const last = runs.at(-1);
    if (step.kind === "NOTE") runs.push(step);
    else if (Array.isArray(last)) last.push(step);
    else runs.push([step]);
  }
  let n = 0;
  return runs.map((run) => {
    if (!Array.isArray(run))
      return (
        <p key={run.key} className="note" role="note">
          <strong>{note}</strong> {pick(run.en, run.fr)}
        </p>
      );
    const start = n + 1;
    const List = alternatives ? "ul" : "ol";
    return (
      <List
        key={run[0]!.key}
        className={alternatives ? "steps alternatives" : "steps"}
        start={alternatives || start === 1 ? undefined : start}
      >
        {run.map((step) => {
          if (step.kind !== "COMMAND") n++;
          return (
            <li key={step.key}>
              {step.kind === "COMMAND" ? (
                <pre>
                  <code>{step.command}</code>
                </pre>
              ) : (
                <p>
                  {alternatives && <strong>{option(n)} </strong>}
                  {pick(step.en, step.fr)}
                </p>
              )}
              <Steps {...props} steps={step.steps} alternatives={false} />
            </li>
          );
        })}
      </List>
    );
  });
}
