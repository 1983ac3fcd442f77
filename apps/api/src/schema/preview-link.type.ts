import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A signed link that shows an entry's working draft on the portal." })
export class PreviewLink {
  @Field(() => String, { description: "The portal's /api/draft URL; open it to turn on draft mode." })
  url!: string;
  @Field(() => Date, { description: "When the link stops working." })
  expiresAt!: Date;
}
