// What the Windows headers call each code of the editors' backlog, so it reads "SL_E_…" rather than
// a bare number.
import { FieldResolver, Resolver, Root } from "type-graphql";
import { UnknownLookup } from "../schema/editorial.type.ts";
import { SymbolicName } from "../schema/hresult.type.ts";
import { namesOfCode } from "../services/hresult.service.ts";

@Resolver(() => UnknownLookup)
export class UnknownLookupFieldsResolver {
  @FieldResolver(() => [SymbolicName], {
    description: "The code's names in the Windows headers (may be empty).",
  })
  names(@Root() lookup: UnknownLookup) {
    return namesOfCode(lookup.code);
  }
}
