// Every page behind sign-in: the API is asked who is signed in on each request (an expired or revoked
// session goes to sign-in), and the reauth provider lets client forms recover from an expiry in place.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ReauthProvider } from "../../components/reauth/reauth-provider.tsx";
import { TopBar } from "../../components/top-bar.tsx";
import { requireUser } from "../../server/api.ts";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("common.skipToContent")}
      </a>
      <TopBar user={user} />
      <ReauthProvider email={user.email}>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </ReauthProvider>
    </>
  );
}
