// Fields of HResult computed from the decoded value.
import type { HResult as DecodedHResult } from "@kb/codes";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { HResult } from "../schema/hresult.type.ts";

@Resolver(() => HResult)
export class HResultFieldsResolver {
  @FieldResolver(() => String, {
    description: 'Unsigned 32-bit value in decimal digits, as a string ("3221549172").',
  })
  unsignedDecimal(@Root() hresult: DecodedHResult): string {
    return String(hresult.unsigned);
  }
}
