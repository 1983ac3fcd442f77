"use client";
// "Preview on the portal": asks the API for a signed link to the draft and opens it in a new tab.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { previewLinkAction } from "../app/actions/preview.actions.ts";

export function PortalPreviewButton({ code }: { code: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  async function open(locale: "EN" | "FR") {
    // Opened before the await, so the browser does not treat it as an unrequested pop-up.
    const tab = window.open("about:blank", "_blank");
    const result = await previewLinkAction(code, locale);
    if (result.ok && tab) {
      tab.opener = null;
      tab.location.href = result.data.url;
      setError(null);
    } else {
      tab?.close();
      setError(result.ok ? null : result.message);
    }
  }
  return (
    <span className="portal-preview">
      <button type="button" className="secondary" onClick={() => open("EN")}>
        {t("editor.previewOnPortal")} (EN)
      </button>{" "}
      <button type="button" className="secondary" onClick={() => open("FR")}>
        {t("editor.previewOnPortal")} (FR)
      </button>
      {error && (
        <span role="alert" className="error">
          {" "}
          {error}
        </span>
      )}
    </span>
  );
}
