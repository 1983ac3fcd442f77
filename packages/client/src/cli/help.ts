// `kb --help`. Kept beside the parser so options and their documentation change together.
import { DEFAULT_API_URL } from "./env.ts";

export const HELP = `kb: Windows activation error codes, from the knowledge base API

Usage:
  kb lookup <code> [--lang en|fr]      what a code means, its causes and how to fix it
  kb search <words...> [--lang en|fr]  full-text search, best match first
  kb decode <code>                     the HRESULT fields of any 32-bit code

A code can be 0xC004F074, C004F074, 3221549172, -1073418124 or a pasted line that contains one.

Options:
  --lang en|fr   language of the answer (default: English)
  --json         print the data as JSON on stdout
  --api <url>    the GraphQL API (default: KB_API_URL, else ${DEFAULT_API_URL})
  -h, --help     this help

Exit status:
  0  found
  1  not found: the code is not in the knowledge base (its HRESULT fields are printed), or no search hit
  2  bad input, or the API could not answer
`;
