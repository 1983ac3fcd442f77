"use client";
// "Also open by …": others editing the same entry right now (advisory).
import { useLocale, useTranslations } from "next-intl";
import type { PresentPerson } from "../app/actions/presence.actions.ts";

export function PresenceNotice({ others }: { others: PresentPerson[] }) {
  const t = useTranslations();
  const locale = useLocale();
  if (others.length === 0) return null;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
  const people = others
    .map((p) => t("drafts.person", { name: p.name, role: t(`common.roles.${p.role}`), time: time(p.since) }))
    .join(", ");
  return (
    <p className="notice info presence" role="status">
      {t("drafts.presence", { people })}
    </p>
  );
}
