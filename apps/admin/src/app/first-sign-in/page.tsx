// The first admin's one-time sign-in (a production deployment creates that account without a password
// and writes a link to this page in the API's log). Reachable without a session (proxy.ts).
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { FirstSignInForm } from "./first-sign-in-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.firstTitle") };
}

export default async function FirstSignInPage() {
  const t = await getTranslations();
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand">{t("common.appName")}</p>
        <h1>{t("auth.firstTitle")}</h1>
        <p>{t("auth.firstIntro")}</p>
        <FirstSignInForm />
        <LanguageSwitch />
      </div>
    </main>
  );
}
