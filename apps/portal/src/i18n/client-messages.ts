// What a client provider sends to the browser: only the namespaces named, from one language's catalogue.
// The portal has a JavaScript budget per page, so each provider passes what its client components read.
import { getMessages } from "next-intl/server";
import type { Locale } from "./locales.ts";
import type { Messages } from "./messages/index.ts";

/** The namespaces client components read: language switcher, error boundary, copy button, feedback. Their
 * messages must stay plain text: the browser formats them without an ICU parser (see next.config.ts). */
export const CLIENT_NAMESPACES = ["language", "error", "copy", "feedback"] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

export async function clientMessages<N extends ClientNamespace>(
  locale: Locale,
  namespaces: readonly N[],
): Promise<Pick<Messages, N>> {
  const messages = await getMessages({ locale });
  return Object.fromEntries(namespaces.map((name) => [name, messages[name]])) as Pick<Messages, N>;
}
