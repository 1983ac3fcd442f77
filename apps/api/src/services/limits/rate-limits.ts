// The API's throttles, counted in PostgreSQL (@kb/db rate counters) so that every API process shares
// them and parallel requests cannot pass more than the limit: each decision is one statement that
// counts the attempt first and is checked after, so the 6th of 20 simultaneous sign-ins is refused
// even while the first five are still being checked.
import { forgiveRateCounters, hitRateCounters, type PrismaClient } from "@kb/db";
import { isIP } from "node:net";
import { AppError } from "../../errors.ts";

export interface RatePolicy {
  /** Prefix of the counter's key. */
  name: string;
  limit: number;
  windowMs: number;
}

/** What RateLimit-Limit/Remaining/Reset say after a counted request. */
export interface RateState {
  limit: number;
  remaining: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

const MINUTE = 60_000;
export const SIGN_IN_PER_ACCOUNT: RatePolicy = { name: "sign-in:account", limit: 5, windowMs: 15 * MINUTE };
export const SIGN_IN_PER_ADDRESS: RatePolicy = { name: "sign-in:address", limit: 30, windowMs: 15 * MINUTE };
export const PASSWORD_CHECKS_PER_ACCOUNT: RatePolicy = {
  name: "password:account",
  limit: 5,
  windowMs: 15 * MINUTE,
};
export const FEEDBACK_PER_ADDRESS: RatePolicy = {
  name: "feedback:address",
  limit: 20,
  windowMs: 60 * MINUTE,
};

/** The throttle subject of a client address: IPv6 by /64, since one host usually holds a whole /64. */
export function addressSubject(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export const counterKey = (policy: RatePolicy, subject: string) => `${policy.name}:${subject}`;

/**
 * Whole seconds until a window ends, 1 to the window's length: the database stores its end to the
 * millisecond, rounded, so it can lie a millisecond past now + window.
 */
export function secondsUntil(resetAt: Date, policy: RatePolicy, now = Date.now()): number {
  const seconds = Math.ceil((resetAt.getTime() - now) / 1000);
  return Math.min(Math.ceil(policy.windowMs / 1000), Math.max(1, seconds));
}

/**
 * Counts one attempt against each (policy, subject) in one statement. When any is over its limit:
 * RATE_LIMITED (HTTP 429 with Retry-After) with `message(seconds)`; otherwise the state of each.
 */
export async function spend(
  db: PrismaClient,
  checks: readonly (readonly [RatePolicy, string])[],
  message: (retryAfter: number) => string,
): Promise<RateState[]> {
  const counts = await hitRateCounters(
    db,
    checks.map(([policy, subject]) => ({ key: counterKey(policy, subject), windowMs: policy.windowMs })),
  );
  const now = Date.now();
  const states = counts.map((c, i) => ({
    limit: checks[i]![0].limit,
    remaining: Math.max(0, checks[i]![0].limit - c.count),
    resetSeconds: secondsUntil(c.resetAt, checks[i]![0], now),
    over: c.count > checks[i]![0].limit,
  }));
  const refused = states.filter((s) => s.over).sort((a, b) => b.resetSeconds - a.resetSeconds)[0];
  if (refused) {
    throw new AppError("RATE_LIMITED", message(refused.resetSeconds), {
      retryAfter: refused.resetSeconds,
      limit: refused.limit,
    });
  }
  return states.map(({ over: _over, ...state }) => state);
}

/** Gives the attempts back (a right password is not a failed guess). */
export async function forgive(db: PrismaClient, checks: readonly (readonly [RatePolicy, string])[]) {
  await forgiveRateCounters(
    db,
    checks.map(([policy, subject]) => counterKey(policy, subject)),
  );
}
