// Accounts and API tokens, for administrators (the API refuses everyone else anyway).
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { AccountsDocument } from "@kb/client";
import { formatDate } from "../../../lib/format-date.ts";
import { capabilities } from "../../../lib/roles.ts";
import { load, requireUser } from "../../../server/api.ts";
import { NewUserForm } from "./new-user-form.tsx";
import { TokenPanel } from "./token-panel.tsx";
import { UserRow } from "./user-row.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("admin.users.title") };
}

export default async function UsersPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations()]);
  const locale = await getLocale();
  if (!capabilities(user.role).administer) {
    return (
      <section className="page">
        <p className="notice error">{t("common.notAllowed")}</p>
      </section>
    );
  }
  const { users, apiTokens } = await load(AccountsDocument);
  const u = await getTranslations("admin.users");
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{u("title")}</h1>
      <section aria-labelledby="users-title" className="panel">
        <h2 id="users-title">{u("usersTitle")}</h2>
        <table className="users">
          <caption className="sr-only">{u("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{u("name")}</th>
              <th scope="col">{u("email")}</th>
              <th scope="col">{u("created")}</th>
              <th scope="col">{u("role")}</th>
              <th scope="col">{u("state")}</th>
              <th scope="col">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((account) => (
              <UserRow
                key={account.id}
                account={account}
                created={formatDate(account.createdAt, locale)}
                self={account.id === user.id}
              />
            ))}
          </tbody>
        </table>
        <NewUserForm />
      </section>
      <TokenPanel
        tokens={apiTokens.map((token) => ({
          ...token,
          created: formatDate(token.createdAt, locale),
          lastUsed: formatDate(token.lastUsedAt, locale) || t("common.never"),
        }))}
      />
    </section>
  );
}
