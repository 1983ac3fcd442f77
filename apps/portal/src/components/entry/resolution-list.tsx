// Resolutions as a numbered list; each one's steps as a nested numbered list, commands as code blocks. A
// resolution that offers a choice ("do one of the following") lists its steps as alternatives instead,
// unordered. Texts served in another language than the page's carry their lang and the note.
import type { LookupErrorCodeQuery } from "@kb/client";
import type { Dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { localizeCommand } from "../../lib/localized-command.ts";
import { offersAlternatives } from "../../lib/resolution-shape.ts";
import { CommandBlock } from "./command-block.tsx";
import { Untranslated, servedLang } from "./untranslated.tsx";

type Resolution = NonNullable<LookupErrorCodeQuery["errorCode"]>["resolutions"][number];

interface Props {
  resolutions: Resolution[];
  t: Dictionary;
  locale: Locale;
}

export function ResolutionList({ resolutions, t, locale }: Props) {
  return (
    <ol className="resolutions">
      {resolutions.map((resolution) => {
        const lang = servedLang(resolution.servedLocale, locale);
        const Steps = offersAlternatives(resolution.text) ? "ul" : "ol";
        return (
          <li key={resolution.id}>
            {resolution.activationType && (
              <p className="applies-to">{t.appliesTo(resolution.activationType.name)}</p>
            )}
            <p>
              <span lang={lang}>{resolution.text}</span>
              {lang && <Untranslated t={t} />}
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
                          t={t}
                        />
                      ) : (
                        <p>
                          <span lang={stepLang}>{step.text}</span>
                          {stepLang && <Untranslated t={t} />}
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
