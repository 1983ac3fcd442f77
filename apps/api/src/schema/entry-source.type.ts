// The editable form of an entry, the same shape as the seed file and exports: English and French side
// by side for each text. Each class is both the output type and (with an "Input" name) the input type.
import { Field, InputType, ObjectType } from "type-graphql";
import { ActivationTypeKey, EntryStatus } from "./enums.ts";

@ObjectType()
@InputType("LocalizedTextInput")
export class LocalizedText {
  @Field(() => String)
  en!: string;
  @Field(() => String, { nullable: true })
  fr?: string | null;
}

@ObjectType()
@InputType("EntryTextsInput")
export class EntryTexts {
  @Field(() => String)
  title!: string;
  @Field(() => String, { description: "The message as the source article's summary table gives it." })
  summary!: string;
  @Field(() => String, { description: "The full error text as Windows shows it." })
  message!: string;
  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType({ description: "A text step (en/fr) or a language-neutral command step (command)." })
@InputType("StepInput")
export class StepSource {
  @Field(() => String, { nullable: true })
  command?: string | null;
  @Field(() => String, { nullable: true })
  en?: string | null;
  @Field(() => String, { nullable: true })
  fr?: string | null;
}

@ObjectType()
@InputType("ResolutionInput")
export class ResolutionSource extends LocalizedText {
  @Field(() => ActivationTypeKey, { nullable: true })
  activationType?: ActivationTypeKey | null;
  @Field(() => [StepSource], { nullable: true })
  steps?: StepSource[] | null;
}

@ObjectType()
@InputType("ReferenceInput")
export class ReferenceSource extends LocalizedText {
  @Field(() => String, { nullable: true })
  url?: string | null;
}

@ObjectType()
@InputType("ErrorCodeInput")
export class ErrorCodeSource {
  @Field(() => String, { description: "Any code form; stored canonical (0xC004F074)." })
  code!: string;
  @Field(() => EntryStatus, {
    nullable: true,
    description: "Ignored on save: use publish/unpublish/archive.",
  })
  status?: EntryStatus | null;
  @Field(() => [ActivationTypeKey])
  activationTypes!: ActivationTypeKey[];
  @Field(() => EntryTexts)
  en!: EntryTexts;
  @Field(() => EntryTexts, { nullable: true })
  fr?: EntryTexts | null;
  @Field(() => [LocalizedText])
  causes!: LocalizedText[];
  @Field(() => [ResolutionSource])
  resolutions!: ResolutionSource[];
  @Field(() => [ReferenceSource])
  references!: ReferenceSource[];
}
