// What proxy.ts told the not-found pages about the request (see proxy-headers.ts).
import { headers } from "next/headers";
import { defaultLocale, isLocale, type Locale } from "../i18n/locales.ts";
import { decodeSegment } from "./codes.ts";
import { CODE_HEADER, LOCALE_HEADER } from "./proxy-headers.ts";

export async function requestLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER) ?? "";
  return isLocale(value) ? value : defaultLocale;
}

/** The code segment of a /{locale}/codes/{code} URL as the reader typed it, or "" elsewhere. */
export async function requestedCode(): Promise<string> {
  return decodeSegment((await headers()).get(CODE_HEADER) ?? "");
}
