// What the types cannot check in a pair of next-intl catalogues (English and a translation): every text is
// valid ICU, the translation takes the same arguments as the English (a renamed or dropped `{name}` would
// only show at run time, as a raw key), plural branches exist in the language, nothing is left empty.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

type Catalogue = { [key: string]: string | Catalogue };

/** Every message by its dotted key ("editor.fields.cause"). */
export function messageEntries(catalogue: Catalogue, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : messageEntries(value, path);
  });
}

/** The arguments a message takes, each with the kind of value it needs: "name" (text), "count:number"
 * (a number: `{count, number}` and `{count, plural, …}` alike), "kind:select", "at:date". */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(element.value);
        break;
      case TYPE.number:
        found.add(`${element.value}:number`);
        break;
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:date`);
        break;
      case TYPE.plural:
      case TYPE.select:
        found.add(`${element.value}:${element.type === TYPE.plural ? "number" : "select"}`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        found.add(`<${element.value}>`);
        argumentsOf(element.children, found);
        break;
    }
  }
  return found;
}

/** Plural branches this language never takes ("few" in English) are text no reader sees. */
function pluralProblems(elements: MessageFormatElement[], locale: string): string[] {
  const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  return elements.flatMap((element): string[] => {
    if (element.type === TYPE.plural) {
      const unknown = Object.keys(element.options).filter(
        (k) => !k.startsWith("=") && !categories.has(k as never),
      );
      return [
        ...unknown.map(
          (k) => `plural branch "${k}" of {${element.value}} is not a ${locale} plural category`,
        ),
        ...Object.values(element.options).flatMap((o) => pluralProblems(o.value, locale)),
      ];
    }
    if (element.type === TYPE.select) {
      return Object.values(element.options).flatMap((o) => pluralProblems(o.value, locale));
    }
    if (element.type === TYPE.tag) return pluralProblems(element.children, locale);
    return [];
  });
}

function parsed(
  locale: string,
  key: string,
  text: string,
  problems: string[],
): MessageFormatElement[] | null {
  if (!text.trim()) {
    problems.push(`${locale} ${key}: empty`);
    return null;
  }
  try {
    const elements = parse(text, { requiresOtherClause: true });
    problems.push(...pluralProblems(elements, locale).map((p) => `${locale} ${key}: ${p}`));
    return elements;
  } catch (error) {
    problems.push(`${locale} ${key}: not valid ICU (${(error as Error).message})`);
    return null;
  }
}

export interface CatalogueCheck {
  source: { locale: string; messages: Catalogue };
  target: { locale: string; messages: Catalogue };
  /** Keys whose translation must differ from the source (by default none is checked). */
  mustDiffer?: (key: string) => boolean;
}

/** Every problem of a translation against its source catalogue; an empty list when there is none. */
export function catalogueProblems({ source, target, mustDiffer = () => false }: CatalogueCheck): string[] {
  const problems: string[] = [];
  const targetTexts = new Map(messageEntries(target.messages));
  const sourceTexts = new Map(messageEntries(source.messages));
  for (const key of targetTexts.keys()) {
    if (!sourceTexts.has(key)) problems.push(`${target.locale} ${key}: not in ${source.locale}`);
  }
  for (const [key, text] of sourceTexts) {
    const translated = targetTexts.get(key);
    const sourceElements = parsed(source.locale, key, text, problems);
    if (translated === undefined) {
      problems.push(`${target.locale} ${key}: missing`);
      continue;
    }
    const targetElements = parsed(target.locale, key, translated, problems);
    if (sourceElements && targetElements) {
      const want = [...argumentsOf(sourceElements)].sort().join(", ");
      const got = [...argumentsOf(targetElements)].sort().join(", ");
      if (want !== got)
        problems.push(`${target.locale} ${key}: takes {${got}}, ${source.locale} takes {${want}}`);
    }
    if (mustDiffer(key) && translated === text)
      problems.push(`${target.locale} ${key}: same as ${source.locale}`);
  }
  return problems;
}

/** Whether a message is text only (no argument, plural or tag): what a formatter without an ICU parser
 * can show as it is. */
export function isPlainText(message: string): boolean {
  return parse(message).every((element) => element.type === TYPE.literal);
}
