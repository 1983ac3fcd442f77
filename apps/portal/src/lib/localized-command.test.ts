import { describe, expect, it } from "vitest";
import { localizeCommand } from "./localized-command.ts";

describe("localizeCommand", () => {
  it("takes the placeholder the translated text uses for the same command", () => {
    expect(
      localizeCommand(
        "slmgr /atp <Confirmation ID>",
        "Pour activer avec l’ID de confirmation, exécutez slmgr /atp <ID de confirmation>.",
      ),
    ).toBe("slmgr /atp <ID de confirmation>");
  });

  it("leaves the command alone when the text does not spell it, or has no placeholder", () => {
    expect(localizeCommand("slmgr.vbs /skms <kms_host_name>", "Pointez le client KMS vers l’hôte KMS.")).toBe(
      "slmgr.vbs /skms <kms_host_name>",
    );
    expect(localizeCommand("slmgr.vbs /ato", "exécutez slmgr.vbs /ato")).toBe("slmgr.vbs /ato");
    expect(localizeCommand("slmgr -ipk <5x5 key>", null)).toBe("slmgr -ipk <5x5 key>");
    expect(localizeCommand("slmgr -ipk <5x5 key>", "exécutez slmgr -ipk <5x5 key> à partir…")).toBe(
      "slmgr -ipk <5x5 key>",
    );
  });
});
