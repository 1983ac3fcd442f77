"use client";
// API tokens: list, create (the secret is shown once, here), revoke.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { ApiTokenFieldsFragment, ApiTokenScope } from "@kb/client";
import { CheckSet } from "../../../components/check-set.tsx";
import { useReauth } from "../../../components/reauth/reauth-provider.tsx";
import { SecretNotice } from "../../../components/secret-notice.tsx";
import { createTokenAction, revokeTokenAction } from "../../actions/accounts.actions.ts";

type Token = ApiTokenFieldsFragment & { created: string; lastUsed: string };
const SCOPES: ApiTokenScope[] = ["READ_DRAFTS", "WRITE_CONTENT"];

export function TokenPanel({ tokens }: { tokens: Token[] }) {
  const k = useTranslations("admin.tokens");
  const run = useReauth();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiTokenScope[]>(["READ_DRAFTS"]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => createTokenAction(name, scopes));
    if (!result.ok) return setError(k("failed", { message: result.message }));
    setError(null);
    setSecret(result.data.secret);
    setName("");
  }

  async function revoke(token: Token) {
    if (!window.confirm(k("confirmRevoke", { name: token.name }))) return;
    const result = await run(() => revokeTokenAction(token.id));
    setError(result.ok ? null : k("failed", { message: result.message }));
  }

  return (
    <section aria-labelledby="tokens-title" className="panel">
      <h2 id="tokens-title">{k("title")}</h2>
      <p>{k("intro")}</p>
      {tokens.length === 0 ? (
        <p>{k("none")}</p>
      ) : (
        <table className="tokens">
          <caption className="sr-only">{k("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{k("name")}</th>
              <th scope="col">{k("scopes")}</th>
              <th scope="col">{k("created")}</th>
              <th scope="col">{k("lastUsed")}</th>
              <th scope="col">{k("state")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-token={token.name}>
                <th scope="row">{token.name}</th>
                <td className="code">{token.scopes.join(", ")}</td>
                <td>{token.created}</td>
                <td>{token.lastUsed}</td>
                <td>
                  {token.revokedAt ? (
                    k("revoked")
                  ) : (
                    <button type="button" className="secondary small" onClick={() => void revoke(token)}>
                      {k("revoke", { name: token.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SecretNotice title={k("secretTitle")} secret={secret} />
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <form onSubmit={create} className="filters" aria-labelledby="new-token-title">
        <h3 id="new-token-title" className="full">
          {k("newToken")}
        </h3>
        <label className="field">
          <span>{k("name")}</span>
          <input type="text" value={name} required onChange={(e) => setName(e.target.value)} />
        </label>
        <CheckSet
          legend={k("scopes")}
          options={SCOPES}
          chosen={scopes}
          onChange={setScopes}
          label={(scope) => (
            <>
              <code>{scope}</code> ({k(`scopeHelp.${scope}`)})
            </>
          )}
        />
        <div className="row">
          <button type="submit" className="primary">
            {k("create")}
          </button>
        </div>
      </form>
    </section>
  );
}
