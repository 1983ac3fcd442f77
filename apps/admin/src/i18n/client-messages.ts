// What crosses to the browser: only the namespaces client components read (the entry list and its
// filters render on the server, so "list" stays there).
import type { Messages } from "./messages/index.ts";

export const CLIENT_NAMESPACES = ["common", "auth", "editor", "drafts", "history", "admin"] as const;

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, messages[name]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
