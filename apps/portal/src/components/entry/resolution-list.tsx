// Resolutions as a numbered list; each one's steps as a nested numbered list, commands as code blocks. A
// resolution that offers a choice ("do one of the following") lists its steps as alternatives instead,
// unordered. Texts served in another language than the page's carry their lang and the note.
import type { LookupErrorCodeQuery } from "@kb/client";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";
import { localizeCommand } from "../../lib/localized-command.ts";
import { offersAlternatives } from "../../lib/resolution-shape.ts";
import { CommandBlock } from "./command-block.tsx";
import { Untranslated, servedLang } from "./untranslated.tsx";

type Resolution = NonNullable<LookupErrorCodeQuery["errorCode"]>["resolutions"][number];

interface Props {
  resolutions: Resolution[];
  locale: Locale;
}

export async function ResolutionList({ resolutions, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "entry" });
  return (
    <ol className="resolutions">
      {resolutions.map((resolution) => {
        const lang = servedLang(resolution.servedLocale, locale);
        const Steps = offersAlternatives(resolution.text) ? "ul" : "ol";
        return (
          <li key={resolution.id}>
            {resolution.activationType && (
              <p className="applies-to">{t("appliesTo", { type: resolution.activationType.name })}</p>
            )}
            <p>
              <span lang={lang}>{resolution.text}</span>
              {lang && <Untranslated locale={locale} />}
            </p>
            {resolution.steps.length > 0 && (
              <Steps className={Steps === "ul" ? "steps alternatives" : "steps"}>
                {resolution.steps.map((step, index) => {
                  const stepLang = servedLang(step.servedLocale, locale);
                  return (
                    <li key={step.id}>
                      {step.kind === "COMMAND" && step.command ? (
                        <CommandBlock
                          command={localizeCommand(
                            step.command,
                            index > 0 ? resolution.steps[index - 1]?.text : resolution.text,
                          )}
                          locale={locale}
                        />
                      ) : (
                        <p>
                          <span lang={stepLang}>{step.text}</span>
                          {stepLang && <Untranslated locale={locale} />}
                        </p>
                      )}
                    </li>
                  );
                })}
              </Steps>
            )}
          </li>
        );
      })}
    </ol>
  );
}
