import type { Dictionary } from "../../i18n/dictionary.ts";
import { CopyButton } from "../copy-button.tsx";

export function CommandBlock({ command, t }: { command: string; t: Dictionary }) {
  return (
    <div className="command">
      <pre>
        <code>{command}</code>
      </pre>
      <CopyButton text={command} label={t.copy} copiedLabel={t.copied} description={t.copyLabel} />
    </div>
  );
}
