// The editable form of an entry, the same shape as the seed file and exports: English and French side
// by side for each text. Each class is both the output type and (with an "Input" name) the input type.
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ActivationTypeKey, EntryStatus, ReferenceKind, StepKind, StepsMode } from "./enums.ts";

@ObjectType({ description: "A text in English and, when translated, French." })
@InputType("LocalizedTextInput", { description: "A text in English and, when translated, French." })
export class LocalizedText {
  @Field(() => ID, {
    nullable: true,
    description: "The item's id, stable across saves, reorders and restores. Leave it out for a new item.",
  })
  id?: string | null;
  @Field(() => String, { description: "The English text (required)." })
  en!: string;
  @Field(() => String, { nullable: true, description: "The French text; null when not translated." })
  fr?: string | null;
}

@ObjectType({ description: "An entry's own texts in one language." })
@InputType("EntryTextsInput", { description: "An entry's own texts in one language." })
export class EntryTexts {
  @Field(() => String, { description: "The title." })
  title!: string;
  @Field(() => String, { description: "The message as the source article's summary table gives it." })
  summary!: string;
  @Field(() => String, { description: "The full error text as Windows shows it." })
  message!: string;
  @Field(() => String, { nullable: true, description: "Further remarks, if any." })
  notes?: string | null;
}

@ObjectType({
  description: "The texts of an entry in a translation: any of them may be missing from a draft.",
})
@InputType("TranslatedTextsInput", { description: "French texts of a draft: any of them may be left out." })
export class TranslatedTexts {
  @Field(() => String, { nullable: true, description: "The title; null while not translated." })
  title?: string | null;
  @Field(() => String, { nullable: true, description: "The summary; null while not translated." })
  summary?: string | null;
  @Field(() => String, { nullable: true, description: "The message; null while not translated." })
  message?: string | null;
  @Field(() => String, { nullable: true, description: "The notes; null while not translated or none." })
  notes?: string | null;
}

@ObjectType({
  description: "A text step or a note (en/fr), or a language-neutral command step (command).",
})
@InputType("StepInput", {
  description: "A text step or a note (en/fr), or a language-neutral command step (command).",
})
export class StepSource {
  @Field(() => ID, {
    nullable: true,
    description: "The item's id, stable across saves, reorders and restores. Leave it out for a new item.",
  })
  id?: string | null;
  @Field(() => StepKind, {
    nullable: true,
    description:
      "NOTE for a note; TEXT or COMMAND may be left out (a step with command is a COMMAND step, else TEXT). Always set when read.",
  })
  kind?: StepKind | null;
  @Field(() => String, { nullable: true, description: "COMMAND steps: the command, never translated." })
  command?: string | null;
  @Field(() => String, { nullable: true, description: "TEXT and NOTE steps: the English text." })
  en?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "TEXT and NOTE steps: the French text, when translated.",
  })
  fr?: string | null;
  @Field(() => [StepSource], {
    nullable: true,
    description:
      "A top-level TEXT step's own steps (sub-steps, in order; they have none themselves). On a save, leaving it out (null) keeps the sub-steps the step has; [] removes them.",
  })
  steps?: StepSource[] | null;
}

@ObjectType({ description: "A resolution in both languages, with its steps." })
@InputType("ResolutionInput", { description: "A resolution in both languages, with its steps." })
export class ResolutionSource extends LocalizedText {
  @Field(() => ActivationTypeKey, {
    nullable: true,
    description: "Set when the resolution applies to one activation type.",
  })
  activationType?: ActivationTypeKey | null;
  @Field(() => StepsMode, {
    nullable: true,
    description:
      "SEQUENCE (do the steps in order) or ALTERNATIVES (do one of them). Always set when read; on a save, leaving it out keeps the resolution's mode (SEQUENCE for a new one).",
  })
  stepsMode?: StepsMode | null;
  @Field(() => [StepSource], { nullable: true, description: "Its steps in order." })
  steps?: StepSource[] | null;
}

@ObjectType({ description: "A reference: its title in both languages (en, fr) and its address." })
@InputType("ReferenceInput", {
  description: "A reference: its title in both languages (en, fr) and its address.",
})
export class ReferenceSource extends LocalizedText {
  @Field(() => ReferenceKind, {
    nullable: true,
    description:
      "SEE_ALSO (further reading) or SOURCE (the article the entry is from). Always set when read; on a save, leaving it out keeps the reference's kind (SEE_ALSO for a new one).",
  })
  kind?: ReferenceKind | null;
  @Field(() => String, { nullable: true, description: "An http:// or https:// URL." })
  url?: string | null;
}

@ObjectType({ description: "A whole bilingual entry, in the seed file's format." })
@InputType("ErrorCodeInput", { description: "A whole bilingual entry, in the seed file's format." })
export class ErrorCodeSource {
  @Field(() => String, { description: "Any code form; stored canonical (0xC004F074)." })
  code!: string;
  @Field(() => EntryStatus, {
    nullable: true,
    description: "Ignored on save: use publish/unpublish/archive.",
  })
  status?: EntryStatus | null;
  @Field(() => [ActivationTypeKey], { description: "The activation types the error concerns." })
  activationTypes!: ActivationTypeKey[];
  @Field(() => EntryTexts, { description: "The English texts (required)." })
  en!: EntryTexts;
  @Field(() => TranslatedTexts, {
    nullable: true,
    description: "French texts; a draft may hold some of them (publishing lists what is missing).",
  })
  fr?: TranslatedTexts | null;
  @Field(() => [LocalizedText], { description: "Possible causes, in order." })
  causes!: LocalizedText[];
  @Field(() => [ResolutionSource], { description: "Resolutions, in the order to try them." })
  resolutions!: ResolutionSource[];
  @Field(() => [ReferenceSource], { description: "Documents about the error." })
  references!: ReferenceSource[];
}
