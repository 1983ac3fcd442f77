import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EntryStatus, Locale } from "./enums.ts";
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
registerEnumType(Role, {
  name: "Role",
  description: "ADMIN: everything; EDITOR: all content; TRANSLATOR: French texts only; VIEWER: reads drafts.",
});
registerEnumType(ExportFormat, {
  name: "ExportFormat",
  description: "JSON in the seed file's format, or XLIFF 2.0.",
});

@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  email!: string;
  @Field(() => String)
  name!: string;
  @Field(() => Role)
  role!: Role;
  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;
  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description: "Session token: send it as a Bearer header (browsers get an HttpOnly cookie).",
  })
  token!: string;
  @Field(() => Date)
  expiresAt!: Date;
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class ApiToken {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => [String])
  scopes!: string[];
  @Field(() => Date)
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;
  @Field(() => String, { description: "Shown once: only its hash is stored." })
  secret!: string;
}

@ObjectType({ description: "An entry as editors see it: its state and its bilingual source." })
export class EditableErrorCode {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  code!: string;
  @Field(() => EntryStatus)
  status!: EntryStatus;
  @Field(() => Int, { description: "Send it back as expectedVersion when saving." })
  version!: number;
  @Field(() => Date)
  updatedAt!: Date;
  @Field(() => ErrorCodeSource)
  source!: ErrorCodeSource;
  @Field(() => [ErrorCodeTranslation])
  translations!: ErrorCodeTranslation[];
}

@ObjectType()
export class Revision {
  @Field(() => Int)
  version!: number;
  @Field(() => String, { nullable: true })
  summary!: string | null;
  @Field(() => String, { nullable: true })
  authorName!: string | null;
  @Field(() => Date)
  createdAt!: Date;
  @Field(() => ErrorCodeSource)
  snapshot!: ErrorCodeSource;
}

@ObjectType()
export class FieldChange {
  @Field(() => String, { description: 'e.g. "fr.title", "causes[0].fr", "resolutions[1].steps[0].command"' })
  path!: string;
  @Field(() => String, { nullable: true })
  before!: string | null;
  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType()
export class TranslationReport {
  @Field(() => Locale)
  locale!: Locale;
  @Field(() => Int)
  current!: number;
  @Field(() => Int)
  stale!: number;
  @Field(() => Int)
  missing!: number;
}

@ObjectType()
export class ImportReport {
  @Field(() => Boolean)
  dryRun!: boolean;
  @Field(() => [String])
  created!: string[];
  @Field(() => [String])
  updated!: string[];
  @Field(() => [String])
  unchanged!: string[];
  @Field(() => [String], { description: "Entries changed in the base since the file was exported." })
  conflicts!: string[];
}

@ObjectType()
export class Feedback {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  code!: string;
  @Field(() => Locale)
  locale!: Locale;
  @Field(() => Boolean)
  helpful!: boolean;
  @Field(() => String, { nullable: true })
  comment!: string | null;
  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: "A valid code people looked up that the knowledge base does not hold yet." })
export class UnknownLookup {
  @Field(() => String)
  code!: string;
  @Field(() => Int)
  count!: number;
  @Field(() => Date)
  firstSeenAt!: Date;
  @Field(() => Date)
  lastSeenAt!: Date;
}
