// Resolutions as a numbered list. A resolution's steps read as the data says: a SEQUENCE is numbered, the
// ALTERNATIVES of "do one of the following" are a list of options (one of them, not all in turn). A
// step's own steps are numbered under it, each command sits with the instruction it belongs to, and a
// note stays where the article puts it, marked as a note and never counted as a step or an option.
// Texts served in another language than the page's carry their lang and the note.
import type { LookupErrorCodeQuery } from "@kb/client";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";
import { localizeCommand } from "../../lib/localized-command.ts";
import { CommandBlock } from "./command-block.tsx";
import { LinkedText, type TextLink } from "./linked-text.tsx";
import { Untranslated, servedLang } from "./untranslated.tsx";

type Resolution = NonNullable<LookupErrorCodeQuery["errorCode"]>["resolutions"][number];
type Step = Resolution["steps"][number];
type SubStep = Step["steps"][number];

type Translate = Awaited<ReturnType<typeof getTranslations<"entry">>>;
interface Context {
  t: Translate;
  locale: Locale;
  links: readonly TextLink[];
}

interface Props {
  resolutions: Resolution[];
  locale: Locale;
  links: readonly TextLink[];
}

export async function ResolutionList({ resolutions, locale, links }: Props) {
  const t = await getTranslations({ locale, namespace: "entry" });
  const context: Context = { t, locale, links };
  return (
    <ol className="resolutions">
      {resolutions.map((resolution) => {
        const lang = servedLang(resolution.servedLocale, locale);
        return (
          <li key={resolution.id}>
            {resolution.activationType && (
              <p className="applies-to">{t("appliesTo", { type: resolution.activationType.name })}</p>
            )}
            <p>
              <span lang={lang}>
                <LinkedText text={resolution.text} links={links} locale={locale} />
              </span>
              {lang && <Untranslated locale={locale} />}
            </p>
            <StepList
              steps={resolution.steps}
              alternatives={resolution.stepsMode === "ALTERNATIVES"}
              lead={resolution.text}
              context={context}
            />
          </li>
        );
      })}
    </ol>
  );
}

/** An instruction with the commands that follow it; a note; or a command with no instruction before it. */
interface Item {
  step: Step | SubStep;
  commands: (Step | SubStep)[];
}

function items(steps: readonly (Step | SubStep)[]): Item[] {
  const out: Item[] = [];
  for (const step of steps) {
    const last = out.at(-1);
    if (step.kind === "COMMAND" && last && last.step.kind === "TEXT") last.commands.push(step);
    else out.push({ step, commands: [] });
  }
  return out;
}

interface StepListProps {
  steps: readonly (Step | SubStep)[];
  alternatives: boolean;
  /** The text just before the list: a first command may spell its placeholder the way this text does. */
  lead: string;
  context: Context;
}

/** Runs of steps as lists, notes between them; numbering goes on across a note. */
function StepList({ steps, alternatives, lead, context }: StepListProps) {
  const { t } = context;
  const runs: (Item | Item[])[] = [];
  for (const item of items(steps)) {
    const last = runs.at(-1);
    if (item.step.kind === "NOTE") runs.push(item);
    else if (Array.isArray(last)) last.push(item);
    else runs.push([item]);
  }
  let counted = 0;
  return (
    <>
      {runs.map((run) => {
        if (!Array.isArray(run)) return <Note key={run.step.id} step={run.step} context={context} />;
        const start = counted + 1;
        counted += run.length;
        return alternatives ? (
          <ul key={run[0]!.step.id} className="steps alternatives" aria-label={t("alternatives")}>
            {run.map((item, i) => (
              <StepItem key={item.step.id} item={item} option={start + i} lead={lead} context={context} />
            ))}
          </ul>
        ) : (
          <ol key={run[0]!.step.id} className="steps" start={start === 1 ? undefined : start}>
            {run.map((item) => (
              <StepItem key={item.step.id} item={item} lead={lead} context={context} />
            ))}
          </ol>
        );
      })}
    </>
  );
}

function StepItem({
  item,
  option,
  lead,
  context,
}: {
  item: Item;
  option?: number;
  lead: string;
  context: Context;
}) {
  const { t, locale } = context;
  const { step, commands } = item;
  const text = step.kind === "TEXT" ? (step.text ?? "") : null;
  const lang = servedLang(step.servedLocale, locale);
  const own = "steps" in step ? step.steps : [];
  return (
    <li>
      {text !== null && (
        <p>
          {option !== undefined && <strong className="option">{t("option", { n: String(option) })} </strong>}
          <span lang={lang}>
            <LinkedText text={text} links={context.links} locale={locale} />
          </span>
          {lang && <Untranslated locale={locale} />}
        </p>
      )}
      {[...(step.kind === "COMMAND" ? [step] : []), ...commands].map(
        (command) =>
          command.command && (
            <CommandBlock
              key={command.id}
              command={localizeCommand(command.command, text ?? lead)}
              locale={locale}
            />
          ),
      )}
      {own.length > 0 && <StepList steps={own} alternatives={false} lead={text ?? lead} context={context} />}
    </li>
  );
}

function Note({ step, context }: { step: Step | SubStep; context: Context }) {
  const { t, locale } = context;
  const lang = servedLang(step.servedLocale, locale);
  return (
    <p className="step-note" role="note">
      <strong>{t("note")}</strong>{" "}
      <span lang={lang}>
        <LinkedText text={step.text ?? ""} links={context.links} locale={locale} />
      </span>
      {lang && <Untranslated locale={locale} />}
    </p>
  );
}
