// Resolutions as a numbered list; each one's steps as a nested numbered list, commands as code blocks.
import type { LookupErrorCodeQuery } from "@kb/client";
import type { Dictionary } from "../../i18n/dictionary.ts";
import { CommandBlock } from "./command-block.tsx";

type Resolution = NonNullable<LookupErrorCodeQuery["errorCode"]>["resolutions"][number];

interface Props {
  resolutions: Resolution[];
  t: Dictionary;
  /** Set when the texts are in another language than the page (an untranslated entry). */
  lang?: string;
}

export function ResolutionList({ resolutions, t, lang }: Props) {
  return (
    <ol className="resolutions">
      {resolutions.map((resolution) => (
        <li key={resolution.id}>
          {resolution.activationType && (
            <p className="applies-to">{t.appliesTo(resolution.activationType.name)}</p>
          )}
          <p lang={lang}>{resolution.text}</p>
          {resolution.steps.length > 0 && (
            <ol className="steps">
              {resolution.steps.map((step) => (
                <li key={step.id}>
                  {step.kind === "COMMAND" && step.command ? (
                    <CommandBlock command={step.command} t={t} />
                  ) : (
                    <p lang={lang}>{step.text}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
