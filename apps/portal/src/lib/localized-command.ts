// Commands are stored once, language-neutral, with English placeholder names (`slmgr /atp <Confirmation
// ID>`). Where the translated text just before a command spells the same command with its own placeholder
// (`exécutez slmgr /atp <ID de confirmation>`), the reader's text and the command must match: the
// placeholder is taken from the text. Nothing else of the command ever changes.
const PLACEHOLDER = /<[^<>]+>/g;

export function localizeCommand(command: string, precedingText: string | null | undefined): string {
  if (!precedingText) return command;
  let result = command;
  for (const match of command.matchAll(PLACEHOLDER)) {
    const prefix = command.slice(0, match.index).trimEnd();
    if (!prefix) continue;
    // The command's words up to the placeholder, then whatever placeholder the text uses there.
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const found = new RegExp(`${escaped}\\s+(<[^<>]+>)`, "i").exec(precedingText);
    if (found?.[1]) result = result.replace(match[0], found[1]);
  }
  return result;
}
