import { Field, ObjectType } from "type-graphql";
import { Role } from "./editorial.type.ts";

@ObjectType({
  description:
    "Someone else who has an entry open in the admin (advisory: expectedVersion still decides conflicts).",
})
export class EntryPresence {
  @Field(() => String, { description: "Their display name." })
  name!: string;
  @Field(() => Role, { description: "Their role." })
  role!: Role;
  @Field(() => Date, { description: "When they opened it." })
  since!: Date;
}
