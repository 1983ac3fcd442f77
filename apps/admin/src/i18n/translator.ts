import type { createTranslator } from "next-intl";
import type { Messages } from "./messages/index.ts";

/** A translator over every namespace, as useTranslations() and getTranslations() return it: for helpers
 * that word things for both server and client components. */
export type Translator = ReturnType<typeof createTranslator<Messages>>;
