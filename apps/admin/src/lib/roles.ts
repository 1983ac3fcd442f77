// What the interface offers each role. It only hides what a role cannot do: the API decides, and
// refuses anyway (a translator's save that changes English is FORBIDDEN there).
import type { Role } from "@kb/client";

export interface Capabilities {
  /** English texts, lists, commands, activation types; creating entries. */
  editContent: boolean;
  /** French texts (translators do only this). */
  editFrench: boolean;
  publish: boolean;
  restore: boolean;
  importJson: boolean;
  importXliff: boolean;
  administer: boolean;
}

export function capabilities(role: Role): Capabilities {
  const content = role === "ADMIN" || role === "EDITOR";
  return {
    editContent: content,
    editFrench: content || role === "TRANSLATOR",
    publish: content,
    restore: content,
    importJson: content,
    importXliff: content || role === "TRANSLATOR",
    administer: role === "ADMIN",
  };
}
