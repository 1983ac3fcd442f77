import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { HResultSeverity } from "./enums.ts";

export enum SymbolicNameKind {
  HRESULT = "HRESULT",
  WIN32 = "WIN32",
  NTSTATUS = "NTSTATUS",
}
registerEnumType(SymbolicNameKind, {
  name: "SymbolicNameKind",
  description: "How a header defines a value: an HRESULT, a Win32 error number or an NTSTATUS.",
  valuesConfig: {
    HRESULT: { description: "A COM/Windows HRESULT (winerror.h and the other *error.h headers)." },
    WIN32: { description: "A Win32 error number (ERROR_*)." },
    NTSTATUS: { description: "A kernel NTSTATUS (ntstatus.h)." },
  },
});

export enum CodeRelation {
  VALUE = "VALUE",
  HRESULT_FROM_WIN32 = "HRESULT_FROM_WIN32",
  HRESULT_FROM_NT = "HRESULT_FROM_NT",
  NTSTATUS_FROM_WIN32 = "NTSTATUS_FROM_WIN32",
  RTL_NTSTATUS_TO_DOS_ERROR = "RTL_NTSTATUS_TO_DOS_ERROR",
  RTL_NTSTATUS_TO_DOS_ERROR_SOURCE = "RTL_NTSTATUS_TO_DOS_ERROR_SOURCE",
}
registerEnumType(CodeRelation, {
  name: "CodeRelation",
  valuesConfig: {
    VALUE: { description: "The value itself." },
    HRESULT_FROM_WIN32: { description: "The Win32 error an HRESULT_FROM_WIN32 value wraps, or the reverse." },
    HRESULT_FROM_NT: { description: "The NTSTATUS an HRESULT_FROM_NT value wraps, or the reverse." },
    NTSTATUS_FROM_WIN32: {
      description: "The Win32 error an NTSTATUS_FROM_WIN32 value wraps, or the reverse.",
    },
    RTL_NTSTATUS_TO_DOS_ERROR: {
      description:
        "What Windows reports for the decoded NTSTATUS (RtlNtStatusToDosError, what GetLastError returns): the Win32 error and its HRESULT_FROM_WIN32, or the code the table gives when it is no Win32 error. A table, not the same bits: many statuses become ERROR_ACCESS_DENIED.",
    },
    RTL_NTSTATUS_TO_DOS_ERROR_SOURCE: {
      description:
        "The reverse of RTL_NTSTATUS_TO_DOS_ERROR: an NTSTATUS that RtlNtStatusToDosError turns into the decoded value or the Win32 error it wraps (5 and 0x80070005 list STATUS_ACCESS_DENIED, and every other status that becomes ERROR_ACCESS_DENIED).",
    },
  },
  description:
    "How an interpretation relates to the decoded value: the value itself, the value wrapped in or unwrapped from HRESULT_FROM_WIN32, HRESULT_FROM_NT or NTSTATUS_FROM_WIN32, or mapped by RtlNtStatusToDosError (either way).",
});

@ObjectType({ description: "A name the Windows headers give a value (what err.exe prints)." })
export class SymbolicName {
  @Field(() => String, { description: 'e.g. "E_ACCESSDENIED"' })
  name!: string;
  @Field(() => SymbolicNameKind, { description: "What kind of value the header defines." })
  kind!: SymbolicNameKind;
  @Field(() => String, { description: 'The header that defines it, e.g. "winerror.h".' })
  header!: string;
  @Field(() => String, { nullable: true, description: "The header's own message text, when it gives one." })
  description!: string | null;
}

@ObjectType({ description: "One way to read a 32-bit value, with the names it has read that way." })
export class CodeInterpretation {
  @Field(() => SymbolicNameKind, { description: "The value read as this kind." })
  kind!: SymbolicNameKind;
  @Field(() => String, { description: 'The value read this way, e.g. "0x00000005" inside 0x80070005.' })
  hex!: string;
  @Field(() => CodeRelation, { description: "How this reading relates to the decoded value." })
  relation!: CodeRelation;
  @Field(() => [SymbolicName], { description: "The names the headers give the value read this way." })
  names!: SymbolicName[];
}

@ObjectType({ description: "The fields of a 32-bit HRESULT-style code, known to the knowledge base or not." })
export class HResult {
  @Field(() => String, {
    description: 'Canonical form: the unsigned value in hexadecimal, e.g. "0xC004F074".',
  })
  hex!: string;
  @Field(() => Float, {
    description: "Unsigned 32-bit value (3221549172) as a Float.",
    deprecationReason: "A Float for an integer: use hex, or unsignedDecimal for the decimal digits.",
  })
  unsigned!: number;
  @Field(() => Int, { description: "Signed 32-bit value (-1073418124), as some tools print it." })
  signed!: number;
  @Field(() => Boolean, { description: "Severity bit (31) set." })
  isFailure!: boolean;
  @Field(() => HResultSeverity, { description: "The severity bit (31) as a name." })
  severity!: HResultSeverity;
  @Field(() => Boolean, { description: "R bit (30)." })
  reserved!: boolean;
  @Field(() => Boolean, { description: "C bit (29): customer-defined code." })
  customer!: boolean;
  @Field(() => Boolean, { description: "N bit (28), set by HRESULT_FROM_NT." })
  nBit!: boolean;
  @Field(() => Boolean, {
    description:
      "The value is an NTSTATUS or wraps one (HRESULT_FROM_NT): ntstatus.h names it, or its severity and facility are an NTSTATUS's.",
  })
  ntStatus!: boolean;
  @Field(() => Boolean, { description: "X bit (27)." })
  reservedX!: boolean;
  @Field(() => Int, { description: "Facility number (bits 16-26)." })
  facility!: number;
  @Field(() => String, {
    nullable: true,
    description: 'The facility\'s name, e.g. "FACILITY_WIN32", when known.',
  })
  facilityName!: string | null;
  @Field(() => Int, { description: "Low 16 bits." })
  code!: number;
  @Field(() => Int, { nullable: true, description: "For FACILITY_WIN32 failures: the Win32 error number." })
  win32Error!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The Win32 error\'s main name, e.g. "DNS_ERROR_RCODE_NAME_ERROR"',
  })
  win32Name!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Which component raises codes of this range, when known.",
  })
  source!: string | null;
  @Field(() => [SymbolicName], {
    description:
      "Every name the Windows headers give the value, then those of the values it wraps or becomes (0x80070005: E_ACCESSDENIED, then ERROR_ACCESS_DENIED; 0xC0000022: STATUS_ACCESS_DENIED, then ERROR_ACCESS_DENIED, which RtlNtStatusToDosError makes of it). The statuses that become a Win32 error are not its names: see interpretations.",
  })
  names!: SymbolicName[];
  @Field(() => [CodeInterpretation], {
    description:
      "Every reading that applies (HRESULT, Win32 error, NTSTATUS), then what RtlNtStatusToDosError maps: an NTSTATUS's Win32 error and its HRESULT (RTL_NTSTATUS_TO_DOS_ERROR), and every NTSTATUS that becomes the value or its Win32 error (RTL_NTSTATUS_TO_DOS_ERROR_SOURCE); none when the table has no mapping.",
  })
  interpretations!: CodeInterpretation[];
  @Field(() => String, {
    nullable: true,
    description: "When no public name exists for the value and the catalogue knows why, the reason.",
  })
  unnamedReason!: string | null;
}
