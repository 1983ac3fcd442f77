import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The fields of a 32-bit HRESULT-style code, known to the knowledge base or not." })
export class HResult {
  @Field(() => String, { description: 'Canonical form, e.g. "0xC004F074".' })
  hex!: string;
  @Field(() => Float, { description: "Unsigned 32-bit value (3221549172)." })
  unsigned!: number;
  @Field(() => Int, { description: "Signed 32-bit value (-1073418124), as some tools print it." })
  signed!: number;
  @Field(() => Boolean, { description: "Severity bit (31) set." })
  isFailure!: boolean;
  @Field(() => String)
  severity!: string;
  @Field(() => Boolean, { description: "R bit (30)." })
  reserved!: boolean;
  @Field(() => Boolean, { description: "C bit (29): customer-defined code." })
  customer!: boolean;
  @Field(() => Boolean, { description: "N bit (28): an NTSTATUS mapped into an HRESULT." })
  ntStatus!: boolean;
  @Field(() => Boolean, { description: "X bit (27)." })
  reservedX!: boolean;
  @Field(() => Int, { description: "Facility number (bits 16-26)." })
  facility!: number;
  @Field(() => String, { nullable: true, description: 'e.g. "FACILITY_WIN32"' })
  facilityName!: string | null;
  @Field(() => Int, { description: "Low 16 bits." })
  code!: number;
  @Field(() => Int, { nullable: true, description: "For FACILITY_WIN32 failures: the Win32 error number." })
  win32Error!: number | null;
  @Field(() => String, { nullable: true, description: 'e.g. "DNS_ERROR_RCODE_NAME_ERROR"' })
  win32Name!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Which component raises codes of this range, when known.",
  })
  source!: string | null;
}
