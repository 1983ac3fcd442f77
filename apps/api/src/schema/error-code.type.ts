// The public shape of an entry. Relation fields are resolved by ErrorCodeFieldsResolver through
// per-request loaders; this class only holds what the list/lookup query already fetched.
import { GraphQLURL } from "graphql-scalars";
import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  ActivationTypeKey,
  EntryStatus,
  Locale,
  ReferenceKind,
  StepKind,
  StepsMode,
  TranslationStatus,
} from "./enums.ts";

@ObjectType({ description: "A kind of Windows activation, named in the served locale." })
export class ActivationType {
  @Field(() => ActivationTypeKey, { description: "Stable key, the same in every locale." })
  key!: ActivationTypeKey;
  @Field(() => String, { description: "Name in the served locale." })
  name!: string;
}

@ObjectType({ description: "A possible cause of an error, in the served locale." })
export class Cause {
  @Field(() => ID, { description: "Stable across saves, reorders and restores." })
  id!: string;
  @Field(() => Int, { description: "Order within the entry, from 0." })
  position!: number;
  @Field(() => String, { description: "The cause, in the served locale (English when not translated)." })
  text!: string;
  @Field(() => Locale, {
    description:
      "The locale this text is served in: another than the one asked for when it is not translated yet.",
  })
  servedLocale!: Locale;
}

@ObjectType({
  description:
    "One step of a resolution: an instruction (TEXT), a command (COMMAND) or a note (NOTE). An instruction may have steps of its own.",
})
export class ResolutionStep {
  @Field(() => ID, { description: "Opaque id of this step in this deployment." })
  id!: string;
  @Field(() => Int, { description: "Order within its list (the resolution's steps, or its step's), from 0." })
  position!: number;
  @Field(() => StepKind, { description: "Whether text or command is set, and how to show the step." })
  kind!: StepKind;
  @Field(() => String, { nullable: true, description: "TEXT and NOTE steps: the text in the served locale." })
  text!: string | null;
  @Field(() => String, { nullable: true, description: "COMMAND steps: the command, never translated." })
  command!: string | null;
  @Field(() => Locale, {
    description:
      "The locale this text is served in: another than the one asked for when it is not translated yet.",
  })
  servedLocale!: Locale;
  @Field(() => [ResolutionStep], {
    description:
      'A top-level TEXT step\'s own steps, done in order after its text (e.g. "Activate by phone: 1. … 2. …"); its notes are NOTE steps. Always empty on a sub-step: there is one level only.',
  })
  steps!: ResolutionStep[];
}

@ObjectType({ description: "A way to fix an error, optionally for one activation type, with its steps." })
export class Resolution {
  @Field(() => ID, { description: "Opaque id of this resolution in this deployment." })
  id!: string;
  @Field(() => Int, { description: "Order within the entry, from 0: try them in this order." })
  position!: number;
  @Field(() => String, { description: "The resolution, in the served locale." })
  text!: string;
  @Field(() => ActivationType, {
    nullable: true,
    description: "Set when the resolution applies to one activation type.",
  })
  activationType!: ActivationType | null;
  @Field(() => StepsMode, {
    description:
      "SEQUENCE: do the steps in order; ALTERNATIVES: each step (NOTE steps aside) is one way, do one of them.",
  })
  stepsMode!: StepsMode;
  @Field(() => [ResolutionStep], {
    description: "Its steps in order (may be empty), each with its own steps (sub-steps) when it has some.",
  })
  steps!: ResolutionStep[];
  @Field(() => Locale, {
    description:
      "The locale this text is served in: another than the one asked for when it is not translated yet.",
  })
  servedLocale!: Locale;
}

@ObjectType({ description: "A document about the error, such as a Microsoft Learn article." })
export class Reference {
  @Field(() => ID, { description: "Opaque id of this reference in this deployment." })
  id!: string;
  @Field(() => Int, { description: "Order within the entry, from 0." })
  position!: number;
  @Field(() => ReferenceKind, {
    description: "SEE_ALSO: further reading; SOURCE: the article the entry was written from.",
  })
  kind!: ReferenceKind;
  @Field(() => String, { description: "The document's title in the served locale." })
  title!: string;
  @Field(() => GraphQLURL, { nullable: true, description: "Where to read it (http or https), when known." })
  url!: string | null;
  @Field(() => Locale, {
    description:
      "The locale this text is served in: another than the one asked for when it is not translated yet.",
  })
  servedLocale!: Locale;
}

@ObjectType({ description: "The state of an entry's texts in one locale." })
export class ErrorCodeTranslation {
  @Field(() => Locale, { description: "The locale these texts are in." })
  locale!: Locale;
  @Field(() => String, { nullable: true, description: "The title in this locale; null when MISSING." })
  title!: string | null;
  @Field(() => String, { nullable: true, description: "The message in this locale; null when MISSING." })
  message!: string | null;
  @Field(() => TranslationStatus, { description: "Whether this locale's texts follow the English ones." })
  status!: TranslationStatus;
}

// A Federation entity: a gateway resolves an entry by its canonical code (published entries only).
@Directive(`@key(fields: "code")`)
@ObjectType({ description: "A Windows activation error code with its bilingual explanation." })
export class ErrorCode {
  @Field(() => ID, {
    description: "Opaque id, specific to this deployment: use code to refer to an entry across systems.",
  })
  id!: string;
  @Field(() => String, { description: 'Canonical form, e.g. "0xC004F074".' })
  code!: string;
  @Field(() => String, { description: "Title in the served locale." })
  title!: string;
  @Field(() => String, { description: "The full error text as Windows shows it." })
  message!: string;
  @Field(() => String, { description: "The message as the summary table of the source article gives it." })
  summary!: string;
  @Field(() => String, { nullable: true, description: "Further remarks in the served locale, if any." })
  notes!: string | null;
  @Field(() => Locale, { description: "The locale the texts were served in (see isFallback)." })
  servedLocale!: Locale;
  @Field(() => Boolean, { description: "True when the asked locale had no title and another was served." })
  isFallback!: boolean;
  @Field(() => [String], {
    description:
      'The texts of the entry itself ("title", "summary", "message", "notes") served in another locale than the one asked for, because they are not translated yet. Causes, resolutions, steps and references say so each in their servedLocale.',
  })
  fallbackTexts!: string[];
  @Field(() => EntryStatus, { description: "PUBLISHED for anonymous readers; editors also see the others." })
  status!: EntryStatus;
  @Field(() => Int, { description: "Increases by one with every saved change." })
  version!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version readers are served; null while nothing is public. For editors, a version above it means the working draft has unpublished changes.",
  })
  publishedVersion!: number | null;
  @Field(() => Date, { description: "When the entry last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "One entry of a page of errorCodes." })
export class ErrorCodeEdge {
  @Field(() => String, { description: "Pass it as after to get the entries that follow this one." })
  cursor!: string;
  @Field(() => ErrorCode, { description: "The entry." })
  node!: ErrorCode;
}

@ObjectType({ description: "Where a page ends." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more entries follow this page." })
  hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "The last edge's cursor: pass it as after; null on an empty page.",
  })
  endCursor!: string | null;
}

@ObjectType({ description: "A page of entries in code order (keyset pagination)." })
export class ErrorCodeConnection {
  totalCount!: number;
  @Field(() => [ErrorCodeEdge], { description: "The entries of this page, in code order." })
  edges!: ErrorCodeEdge[];
  @Field(() => PageInfo, { description: "Whether and where to continue." })
  pageInfo!: PageInfo;
}

@ObjectType({ description: "A piece of a snippet; `marked` when it is a matched word." })
export class HighlightSegment {
  @Field(() => String, { description: "Plain text (never HTML)." })
  text!: string;
  @Field(() => Boolean, { description: "True for a matched word." })
  marked!: boolean;
}

@ObjectType({ description: "A search result." })
export class SearchHit {
  @Field(() => ErrorCode, { description: "The matching entry, in the searched locale." })
  errorCode!: ErrorCode;
  @Field(() => Float, { description: "Relevance: higher is better; only comparable within one search." })
  rank!: number;
  @Field(() => String, {
    nullable: true,
    description:
      "HTML-escaped snippet with the matched words in <mark> elements (the same as segments; prefer segments).",
  })
  highlight!: string | null;
  @Field(() => [HighlightSegment], {
    description: "The snippet as plain text pieces, matched words marked (empty for a hit by code).",
  })
  segments!: HighlightSegment[];
}

@ObjectType({ description: "What a search found, with help for a search that found little." })
export class SearchResults {
  @Field(() => [SearchHit], { description: "Codes found in the query first, then text hits, best first." })
  hits!: SearchHit[];
  @Field(() => String, {
    nullable: true,
    description: 'The query with misspelt words corrected ("did you mean"), when that finds something.',
  })
  suggestion!: string | null;
  @Field(() => Boolean, {
    description: "The hits are the suggestion's: the query as typed found nothing.",
  })
  suggestionApplied!: boolean;
  @Field(() => Locale, { description: "The other language." })
  otherLocale!: Locale;
  @Field(() => Int, {
    description:
      "Entries the words match in the other language (counted when they match none in this one; at most 100).",
  })
  otherLocaleHits!: number;
}
