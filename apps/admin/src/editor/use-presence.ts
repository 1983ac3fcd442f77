"use client";
// Who else has this entry open: a heartbeat every 15 s while the page is open (the API forgets a
// person after 45 s without one, or at once when the editor is left within the app). Advisory only: a
// failed beat just shows nobody.
import { useEffect, useState } from "react";
import {
  leavePresenceAction,
  touchPresenceAction,
  type PresentPerson,
} from "../app/actions/presence.actions.ts";

export const HEARTBEAT_MS = 15_000;

export function usePresence(code: string | null): PresentPerson[] {
  const [others, setOthers] = useState<PresentPerson[]>([]);
  useEffect(() => {
    if (!code) return;
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState === "hidden") return;
      const result = await touchPresenceAction(code).catch(() => null);
      if (!stopped) setOthers(result?.ok ? result.data : []);
    };
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const onVisible = () => document.visibilityState === "visible" && void beat();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      // Leaving the editor within the app: the others stop seeing this person at once.
      void leavePresenceAction(code).catch(() => null);
    };
  }, [code]);
  return others;
}
