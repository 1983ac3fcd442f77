// The public shape of an entry. Relation fields are resolved by ErrorCodeFieldsResolver through
// per-request loaders; this class only holds what the list/lookup query already fetched.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ActivationTypeKey, EntryStatus, Locale, StepKind, TranslationStatus } from "./enums.ts";

@ObjectType()
export class ActivationType {
  @Field(() => ActivationTypeKey)
  key!: ActivationTypeKey;
  @Field(() => String, { description: "Name in the served locale." })
  name!: string;
}

@ObjectType()
export class Cause {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => String)
  text!: string;
}

@ObjectType()
export class ResolutionStep {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => StepKind)
  kind!: StepKind;
  @Field(() => String, { nullable: true, description: "TEXT steps: the text in the served locale." })
  text!: string | null;
  @Field(() => String, { nullable: true, description: "COMMAND steps: the command, never translated." })
  command!: string | null;
}

@ObjectType()
export class Resolution {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => String)
  text!: string;
  @Field(() => ActivationType, {
    nullable: true,
    description: "Set when the resolution applies to one activation type.",
  })
  activationType!: ActivationType | null;
  @Field(() => [ResolutionStep])
  steps!: ResolutionStep[];
}

@ObjectType()
export class Reference {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => String)
  title!: string;
  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType()
export class ErrorCodeTranslation {
  @Field(() => Locale)
  locale!: Locale;
  @Field(() => String, { nullable: true })
  title!: string | null;
  @Field(() => String, { nullable: true })
  message!: string | null;
  @Field(() => TranslationStatus)
  status!: TranslationStatus;
}

@ObjectType({ description: "A Windows activation error code with its bilingual explanation." })
export class ErrorCode {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { description: 'Canonical form, e.g. "0xC004F074".' })
  code!: string;
  @Field(() => String, { description: "Title in the served locale." })
  title!: string;
  @Field(() => String, { description: "The full error text as Windows shows it." })
  message!: string;
  @Field(() => String, { description: "The message as the summary table of the source article gives it." })
  summary!: string;
  @Field(() => String, { nullable: true })
  notes!: string | null;
  @Field(() => Locale)
  servedLocale!: Locale;
  @Field(() => Boolean, { description: "True when the asked locale had no text and another was served." })
  isFallback!: boolean;
  @Field(() => EntryStatus)
  status!: EntryStatus;
  @Field(() => Int)
  version!: number;
  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ErrorCodeEdge {
  @Field(() => String)
  cursor!: string;
  @Field(() => ErrorCode)
  node!: ErrorCode;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ErrorCodeConnection {
  @Field(() => Int)
  totalCount!: number;
  @Field(() => [ErrorCodeEdge])
  edges!: ErrorCodeEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class SearchHit {
  @Field(() => ErrorCode)
  errorCode!: ErrorCode;
  @Field(() => Number)
  rank!: number;
  @Field(() => String, {
    nullable: true,
    description: "HTML-escaped snippet with the matched words in <mark> elements.",
  })
  highlight!: string | null;
}
