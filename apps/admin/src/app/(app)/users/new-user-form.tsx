"use client";
// A new account. The API names the refused argument (email, name, password): the message goes
// next to that field, and the form keeps what was typed.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Role } from "@kb/client";
import { useReauth } from "../../../components/reauth/reauth-provider.tsx";
import { createAccountAction } from "../../actions/accounts.actions.ts";
import { ROLES } from "./user-row.tsx";

type Field = "email" | "name" | "password";

export function NewUserForm() {
  const t = useTranslations();
  const u = useTranslations("admin.users");
  const run = useReauth();
  const [values, setValues] = useState({ email: "", name: "", password: "", role: "EDITOR" as Role });
  const [error, setError] = useState<{ field?: Field; text: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await run(() => createAccountAction(values));
    if (result.ok) {
      setError(null);
      setDone(u("createdUser", { email: result.data.email }));
      setValues({ email: "", name: "", password: "", role: values.role });
      return;
    }
    const field = result.kind === "invalid" || result.kind === "conflict" ? guessField(result) : undefined;
    setError({ field, text: result.message });
  }

  const input = (field: Field, label: string, type: string) => (
    <div className="field">
      <label htmlFor={`new-user-${field}`}>{label}</label>
      <input
        id={`new-user-${field}`}
        type={type}
        value={values[field]}
        required
        autoComplete={field === "password" ? "new-password" : "off"}
        aria-invalid={error?.field === field ? true : undefined}
        aria-describedby={error?.field === field ? `new-user-${field}-error` : undefined}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      />
      {error?.field === field && (
        <span id={`new-user-${field}-error`} className="field-error">
          {error.text}
        </span>
      )}
    </div>
  );

  return (
    <form onSubmit={submit} className="panel-form" aria-labelledby="new-user-title">
      <h3 id="new-user-title">{u("newUser")}</h3>
      <div className="filters">
        {input("email", u("email"), "email")}
        {input("name", u("name"), "text")}
        {input("password", u("password"), "password")}
        <div className="field">
          <label htmlFor="new-user-role">{u("role")}</label>
          <select
            id="new-user-role"
            value={values.role}
            onChange={(e) => setValues({ ...values, role: e.target.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`common.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <button type="submit" className="primary">
            {u("create")}
          </button>
        </div>
      </div>
      {error && !error.field && (
        <p className="notice error" role="alert">
          {u("failed", { message: error.text })}
        </p>
      )}
      {done && (
        <p className="notice success" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function guessField(failure: { argument?: string; message: string }): Field | undefined {
  const named = failure.argument ?? /^(email|name|password)\b/.exec(failure.message)?.[1];
  return named === "email" || named === "name" || named === "password" ? named : undefined;
}
