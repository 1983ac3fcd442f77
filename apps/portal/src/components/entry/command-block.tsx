import type { Dictionary } from "../../i18n/dictionary.ts";
import { CopyButton } from "../copy-button.tsx";

// The command wraps rather than scrolls on narrow screens; the block is focusable and named anyway, so a
// keyboard reader can reach (and scroll) it wherever it does overflow.
export function CommandBlock({ command, t }: { command: string; t: Dictionary }) {
  return (
    <div className="command">
      <pre tabIndex={0} role="group" aria-label={t.commandLabel}>
        <code>{command}</code>
      </pre>
      <CopyButton text={command} label={t.copy} copiedLabel={t.copied} description={t.copyLabel} />
    </div>
  );
}
