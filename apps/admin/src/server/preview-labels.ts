// The editor preview's headings in both content languages: the preview shows an entry as the portal page
// in that language does, whatever the interface language. Only these few texts cross to the browser.
import type { Locale } from "@kb/client";
import { getMessages } from "next-intl/server";
import type { Messages } from "../i18n/messages/index.ts";

export type PreviewLabels = Record<Locale, Messages["editor"]["preview"]>;

export async function previewLabels(): Promise<PreviewLabels> {
  const [en, fr] = await Promise.all([getMessages({ locale: "en" }), getMessages({ locale: "fr" })]);
  return { EN: en.editor.preview, FR: fr.editor.preview };
}
