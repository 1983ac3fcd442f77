import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntryStatus, Locale, TranslationStatus } from "./enums.ts";
import { ErrorCodeTranslation } from "./error-code.type.ts";
import { ErrorCodeSource } from "./entry-source.type.ts";

export enum Role {
  ADMIN = "ADMIN",
  EDITOR = "EDITOR",
  TRANSLATOR = "TRANSLATOR",
  VIEWER = "VIEWER",
}
export enum ExportFormat {
  JSON = "JSON",
  XLIFF = "XLIFF",
}
/** GraphQL names for the token scopes; the values are the scopes as stored and checked. */
export enum ApiTokenScope {
  READ_DRAFTS = "read:drafts",
  WRITE_CONTENT = "write:content",
}
registerEnumType(ApiTokenScope, {
  name: "ApiTokenScope",
  description: "What an API token may do beyond reading published content.",
  valuesConfig: {
    READ_DRAFTS: {
      description: "Read drafts, archived entries, revisions and editorial reports (read:drafts).",
    },
    WRITE_CONTENT: { description: "Create, change, publish and archive entries (write:content)." },
  },
});
registerEnumType(Role, {
  name: "Role",
  description: "ADMIN: everything; EDITOR: all content; TRANSLATOR: French texts only; VIEWER: reads drafts.",
  valuesConfig: {
    ADMIN: { description: "Everything, accounts and API tokens included." },
    EDITOR: { description: "Writes, publishes and archives entries." },
    TRANSLATOR: { description: "Writes the French texts of entries." },
    VIEWER: { description: "Reads drafts and editorial reports." },
  },
});
registerEnumType(ExportFormat, {
  name: "ExportFormat",
  description: "JSON in the seed file's format, or XLIFF 2.0.",
  valuesConfig: {
    JSON: { description: "Whole bilingual entries, as in prisma/seed/error-codes.json." },
    XLIFF: { description: "XLIFF 2.0 for translation tools: English source, French target." },
  },
});

@ObjectType({ description: "An editorial account." })
export class User {
  @Field(() => ID, { description: "The account's id." })
  id!: string;
  @Field(() => String, { description: "Sign-in address." })
  email!: string;
  @Field(() => String, { description: "Display name." })
  name!: string;
  @Field(() => Role, { description: "What the account may do." })
  role!: Role;
  @Field(() => Date, { nullable: true, description: "When the account was disabled; null while active." })
  disabledAt!: Date | null;
  @Field(() => Date, { description: "When the account was created." })
  createdAt!: Date;
}

@ObjectType({ description: "A new session." })
export class AuthPayload {
  @Field(() => String, {
    description: "Session token: send it as a Bearer header (browsers get an HttpOnly cookie).",
  })
  token!: string;
  @Field(() => Date, { description: "When the session ends unless renewed by signing in again." })
  expiresAt!: Date;
  @Field(() => User, { description: "The signed-in account." })
  user!: User;
}

@ObjectType({ description: "A credential for another service (Authorization: Bearer kbt_...)." })
export class ApiToken {
  @Field(() => ID, { description: "The token's id (not its secret)." })
  id!: string;
  @Field(() => String, { description: "What the token is for." })
  name!: string;
  @Field(() => [ApiTokenScope], { description: "What it may do." })
  scopes!: string[];
  @Field(() => String, { description: "Read-limit class (KB_TOKEN_READ_LIMITS)." })
  rateClass!: string;
  @Field(() => Date, { description: "When it was created." })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: "When it was last used, if ever." })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When it was revoked; null while valid." })
  revokedAt!: Date | null;
}

@ObjectType({ description: "A new API token with its secret." })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: "The token." })
  token!: ApiToken;
  @Field(() => String, { description: "Shown once: only its hash is stored." })
  secret!: string;
}

@ObjectType({ description: "An entry as editors see it: its state and its bilingual source." })
export class EditableErrorCode {
  @Field(() => ID, { description: "Opaque id, specific to this deployment." })
  id!: string;
  @Field(() => String, { description: 'Canonical form, e.g. "0xC004F074".' })
  code!: string;
  @Field(() => EntryStatus, { description: "Where the entry is in its life." })
  status!: EntryStatus;
  @Field(() => Int, { description: "Send it back as expectedVersion when saving." })
  version!: number;
  @Field(() => Date, { description: "When the entry last changed." })
  updatedAt!: Date;
  @Field(() => ErrorCodeSource, { description: "The working draft (what the next publish makes public)." })
  source!: ErrorCodeSource;
  @Field(() => [ErrorCodeTranslation], { description: "Every locale, with its translation status." })
  translations!: ErrorCodeTranslation[];
  @Field(() => Int, {
    nullable: true,
    description: "The version readers see; null while the entry is not published.",
  })
  publishedVersion!: number | null;
  @Field(() => Boolean, {
    description:
      "True when the draft holds saves that readers do not see (always true for an entry that is not published).",
  })
  hasUnpublishedChanges!: boolean;
  @Field(() => Date, {
    nullable: true,
    description: "Set by submitForReview; cleared by publish and discard.",
  })
  reviewRequestedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Who asked for the review." })
  reviewRequestedBy!: string | null;
}

@ObjectType({
  description: "One translatable text of an entry in a locale, and where its translation stands.",
})
export class TranslationField {
  @Field(() => String, {
    description:
      'As FieldChange.path, with item ids: "fr.title", "fr.notes", "causes[<id>].fr", "resolutions[<id>].fr", "resolutions[<id>].steps[<id>].fr", "references[<id>].fr".',
  })
  path!: string;
  @Field(() => TranslationStatus, {
    description: "MISSING: no translation; STALE: the English changed since it was translated; CURRENT.",
  })
  status!: TranslationStatus;
  @Field(() => String, { nullable: true, description: "The translation (null while missing)." })
  text!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The English it was translated from (null when missing, or when not known for older texts).",
  })
  sourceBefore!: string | null;
  @Field(() => String, { description: "The English now." })
  sourceNow!: string;
}

@ObjectType({ description: "A saved version of an entry." })
export class Revision {
  @Field(() => Int, { description: "The entry's version this revision saved." })
  version!: number;
  @Field(() => String, { nullable: true, description: "The author's note on the change, if any." })
  summary!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Who saved it (null for the seed or a deleted account).",
  })
  authorName!: string | null;
  @Field(() => Date, { description: "When it was saved." })
  createdAt!: Date;
  @Field(() => ErrorCodeSource, { description: "The whole content as it was." })
  snapshot!: ErrorCodeSource;
}

@ObjectType({ description: "One text that differs between two revisions." })
export class FieldChange {
  @Field(() => String, {
    description:
      'e.g. "fr.title", "causes[<id>].fr", "resolutions[<id>].steps[<id>].command"; "causes[<id>].position" when an item moved (snapshots older than item ids use positions).',
  })
  path!: string;
  @Field(() => String, { nullable: true, description: "The text in the older revision; null when added." })
  before!: string | null;
  @Field(() => String, { nullable: true, description: "The text in the newer revision; null when removed." })
  after!: string | null;
}

@ObjectType({ description: "How many entries are translated in a locale." })
export class TranslationReport {
  @Field(() => Locale, { description: "The locale counted." })
  locale!: Locale;
  @Field(() => Int, { description: "Entries whose texts follow the current English." })
  current!: number;
  @Field(() => Int, { description: "Entries whose English changed since their translation." })
  stale!: number;
  @Field(() => Int, { description: "Entries without texts in this locale." })
  missing!: number;
}

@ObjectType({ description: "What an import did, or would do (dryRun), listed by code." })
export class ImportReport {
  @Field(() => Boolean, { description: "True when nothing was written." })
  dryRun!: boolean;
  @Field(() => [String], { description: "Codes of new entries." })
  created!: string[];
  @Field(() => [String], { description: "Codes of changed entries." })
  updated!: string[];
  @Field(() => [String], { description: "Codes already as in the file." })
  unchanged!: string[];
  @Field(() => [String], { description: "Entries changed in the base since the file was exported." })
  conflicts!: string[];
}

@ObjectType({ description: 'A reader\'s answer to "Was this helpful?".' })
export class Feedback {
  @Field(() => ID, { description: "The answer's id." })
  id!: string;
  @Field(() => String, { description: "The entry's canonical code." })
  code!: string;
  @Field(() => Locale, { description: "The language the reader read it in." })
  locale!: Locale;
  @Field(() => Boolean, { description: "The reader's answer." })
  helpful!: boolean;
  @Field(() => String, { nullable: true, description: "The reader's words, if any." })
  comment!: string | null;
  @Field(() => Date, { description: "When it was sent." })
  createdAt!: Date;
}

@ObjectType({ description: "A valid code people looked up that the knowledge base does not hold yet." })
export class UnknownLookup {
  @Field(() => String, { description: "The canonical code asked for." })
  code!: string;
  @Field(() => Int, { description: "Lookups counted (at most 50 new codes per reader and hour)." })
  count!: number;
  @Field(() => Int, { description: "Distinct readers who asked (one per address and day)." })
  readers!: number;
  @Field(() => Date, { description: "The first lookup." })
  firstSeenAt!: Date;
  @Field(() => Date, { description: "The latest lookup." })
  lastSeenAt!: Date;
}
