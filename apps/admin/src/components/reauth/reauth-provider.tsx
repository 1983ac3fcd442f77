"use client";
// Session expiry without losing work: client forms run their server actions through `useReauth()`.
// When an action answers "unauthenticated", a sign-in dialog opens over the page (nothing navigates,
// so every typed character stays in React state); after sign-in the same action runs again.
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "../../lib/action-result.ts";
import { ReauthDialog } from "./reauth-dialog.tsx";

type Run = <T>(action: () => Promise<ActionResult<T>>) => Promise<ActionResult<T>>;

const ReauthContext = createContext<Run | null>(null);

export function ReauthProvider({ email, children }: { email: string; children: ReactNode }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const settle = useRef<((signedIn: boolean) => void) | null>(null);
  const unreachable = t("common.errors.network");

  const run = useCallback<Run>(
    async (action) => {
      // A server action that cannot be reached (admin restarting, network gone) rejects: report it
      // like any other failure, so the page keeps its state and its buttons come back.
      const attempt = () =>
        action().catch((): ActionResult<never> => ({
          ok: false,
          kind: "error",
          message: unreachable,
          code: "NETWORK_ERROR",
        }));
      let result = await attempt();
      while (!result.ok && result.kind === "unauthenticated") {
        const signedIn = await new Promise<boolean>((resolve) => {
          settle.current = resolve;
          setOpen(true);
        });
        if (!signedIn) return result;
        result = await attempt();
      }
      return result;
    },
    [unreachable],
  );

  const done = (signedIn: boolean) => {
    setOpen(false);
    settle.current?.(signedIn);
    settle.current = null;
  };

  return (
    <ReauthContext value={run}>
      {children}
      {open && <ReauthDialog email={email} onDone={done} />}
    </ReauthContext>
  );
}

export function useReauth(): Run {
  const run = useContext(ReauthContext);
  if (!run) throw new Error("useReauth() needs a <ReauthProvider> above it.");
  return run;
}
