"use client";
// One account: role and disabled state, changed together with one explicit save.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AccountFieldsFragment, Role } from "@kb/client";
import { useReauth } from "../../../components/reauth/reauth-provider.tsx";
import { updateAccountAction } from "../../actions/accounts.actions.ts";

export const ROLES: Role[] = ["ADMIN", "EDITOR", "TRANSLATOR", "VIEWER"];

interface Props {
  account: AccountFieldsFragment;
  created: string;
  /** Admins cannot demote or disable themselves (the API refuses it too). */
  self: boolean;
}

export function UserRow({ account, created, self }: Props) {
  const t = useTranslations();
  const u = useTranslations("admin.users");
  const run = useReauth();
  const [role, setRole] = useState<Role>(account.role);
  const [disabled, setDisabled] = useState(Boolean(account.disabledAt));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const changed = role !== account.role || disabled !== Boolean(account.disabledAt);
  const id = `user-${account.id}`;

  async function save() {
    const result = await run(() => updateAccountAction(account.id, { role, disabled }));
    setMessage(
      result.ok
        ? { error: false, text: u("saved") }
        : { error: true, text: u("failed", { message: result.message }) },
    );
  }

  return (
    <tr data-email={account.email}>
      <th scope="row">{account.name}</th>
      <td>{account.email}</td>
      <td>{created}</td>
      <td>
        <label className="sr-only" htmlFor={`${id}-role`}>{`${u("role")} — ${account.email}`}</label>
        <select
          id={`${id}-role`}
          value={role}
          disabled={self}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common.roles.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="check">
          <input
            type="checkbox"
            checked={disabled}
            disabled={self}
            onChange={(e) => setDisabled(e.target.checked)}
          />
          <span className="sr-only">{`${account.email}: `}</span>
          {u("disable")}
        </label>
      </td>
      <td>
        {!self && (
          <button
            type="button"
            className="secondary small"
            disabled={!changed}
            aria-label={u("save", { email: account.email })}
            onClick={() => void save()}
          >
            {u("saveShort")}
          </button>
        )}
        {message && (
          <span className={message.error ? "field-error" : "ok"} role={message.error ? "alert" : "status"}>
            {message.text}
          </span>
        )}
      </td>
    </tr>
  );
}
