// Sign-in. Reached directly, through proxy.ts without a cookie, or with ?expired=1 when the API no
// longer accepts the session; ?next= brings the editor back where they were.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { safeNext } from "../../lib/safe-next.ts";
import { currentUser } from "../../server/api.ts";
import { SignInForm } from "./sign-in-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("auth.title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await currentUser()) redirect(next);
  const t = await getTranslations();
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand">{t("common.appName")}</p>
        <h1>{t("auth.title")}</h1>
        {params.expired && (
          <p className="notice warning" role="alert">
            {t("auth.expired")}
          </p>
        )}
        {params.signedOut && <p className="notice">{t("auth.signedOut")}</p>}
        <p>{t("auth.intro")}</p>
        <SignInForm next={next} />
        <LanguageSwitch />
      </div>
    </main>
  );
}
