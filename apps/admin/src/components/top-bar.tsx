// The header: navigation by role, who is signed in, interface language, sign-out.
import { getTranslations } from "next-intl/server";
import { signOutAction } from "../app/actions/auth.actions.ts";
import { capabilities } from "../lib/roles.ts";
import type { SignedInUser } from "../server/api.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { NavLinks } from "./nav-links.tsx";

export async function TopBar({ user }: { user: SignedInUser }) {
  const t = await getTranslations();
  const can = capabilities(user.role);
  const links = [
    { href: "/entries", label: t("common.nav.entries") },
    { href: "/import-export", label: t("common.nav.importExport") },
    { href: "/backlog", label: t("common.nav.backlog") },
    ...(can.administer
      ? [
          { href: "/users", label: t("common.nav.users") },
          { href: "/webhooks", label: t("common.nav.webhooks") },
        ]
      : []),
  ];
  return (
    <header className="top-bar">
      <a href="/entries" className="brand">
        {t("common.appName")}
      </a>
      <nav aria-label={t("common.mainNav")}>
        <NavLinks links={links} />
      </nav>
      <div className="account">
        <span>{t("common.signedInAs", { name: user.name, role: t(`common.roles.${user.role}`) })}</span>
        <LanguageSwitch />
        <form action={signOutAction} data-leaves-page="">
          <button type="submit" className="secondary small">
            {t("common.signOut")}
          </button>
        </form>
      </div>
    </header>
  );
}
