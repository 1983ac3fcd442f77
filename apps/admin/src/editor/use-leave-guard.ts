"use client";
// Unsaved edits are not lost by accident. Every way out asks first:
// - closing, reloading or leaving for another site: beforeunload (the browser's own dialog);
// - the admin's own links, which navigate inside the page where beforeunload never fires: a confirm;
// - the browser's Back (and Forward) inside the admin, also client-side: a guard entry on top of the
//   history catches the pop, asks, and either stays (guard pushed again) or goes on back;
// - forms that leave the page (sign-out is marked `data-leaves-page`): a confirm before submitting.
// The edits are also kept in the browser (local-recovery.ts), so even a forced exit loses nothing.
import { useEffect } from "react";

const GUARD = "__kbLeaveGuard";

export function useLeaveGuard(active: boolean, question: string): void {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download"))
        return;
      const to = new URL(link.href, window.location.href);
      const here = window.location;
      if (to.origin !== here.origin || (to.pathname === here.pathname && to.search === here.search)) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const submit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement | null;
      if (!form?.hasAttribute?.("data-leaves-page")) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };

    // The guard entry repeats the current address and state (the router sees the same page).
    const pushGuard = () =>
      window.history.pushState({ ...(window.history.state ?? {}), [GUARD]: true }, "", window.location.href);
    const onGuard = () => (window.history.state as Record<string, unknown> | null)?.[GUARD] === true;
    if (!onGuard()) pushGuard();
    let leaving = false;
    const popState = () => {
      if (leaving || onGuard()) return;
      if (window.confirm(question)) {
        leaving = true;
        window.history.back();
      } else pushGuard();
    };

    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("popstate", popState);
    document.addEventListener("click", click, true);
    document.addEventListener("submit", submit, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("popstate", popState);
      document.removeEventListener("click", click, true);
      document.removeEventListener("submit", submit, true);
    };
  }, [active, question]);
}
