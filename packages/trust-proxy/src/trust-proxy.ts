// KB_TRUST_PROXY, parsed once and applied the same way by the API, the portal and the admin: which hops
// in front of a server may say who the client is (X-Forwarded-For). The chain is read from the nearest
// hop outwards (the socket's peer, then the header's entries right to left); the client is the first
// hop that is not trusted. The same rule as Express's "trust proxy" and proxy-addr.
import { BlockList, isIP } from "node:net";

export type TrustProxy =
  { kind: "hops"; hops: number; text: string } | { kind: "list"; list: BlockList; text: string };

export interface ClientAddress {
  /** The client's address, as the trusted hops report it. */
  address: string;
  /** True when every hop was trusted: the request comes from one of our own proxies (the portal
   * rendering a page), not from a client it forwards. */
  fromProxy: boolean;
}

export const FORWARDED_FOR = "x-forwarded-for";
export const TRUST_PROXY_DEFAULT = "loopback";
const EXPECTED =
  'a hop count (0 = trust no proxy), or a comma-separated list of addresses and CIDR ranges, such as "loopback, 10.0.0.0/8" ("loopback" = 127.0.0.0/8 and ::1)';

/** Parses KB_TRUST_PROXY; unset means "loopback" (the portal and admin on the same machine). */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() || TRUST_PROXY_DEFAULT;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new Error(`KB_TRUST_PROXY must be ${EXPECTED}; ${hops} hops is not plausible.`);
    return { kind: "hops", hops, text };
  }
  const list = new BlockList();
  for (const raw of text.split(",")) {
    const item = raw.trim();
    if (item === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address = "", bits, extra] = item.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (prefix !== undefined && (!/^\d+$/.test(bits!) || prefix > max))) {
      throw new Error(`KB_TRUST_PROXY must be ${EXPECTED}; "${item}" is neither.`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return { kind: "list", list, text };
}

/** A bare address: "::ffff:1.2.3.4" → "1.2.3.4", "1.2.3.4:80" and "[::1]:80" → without the port;
 * undefined when it is no IP address. */
export function normalizeAddress(raw: string | undefined): string | undefined {
  let value = raw?.trim();
  if (!value) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(value)) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : undefined;
}

function trusted(trust: TrustProxy, address: string, index: number): boolean {
  if (trust.kind === "hops") return index < trust.hops;
  return trust.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** The client behind `peer` (the socket's remote address) given the X-Forwarded-For it sent. */
export function resolveClientAddress(
  trust: TrustProxy,
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
): ClientAddress {
  const socket = normalizeAddress(peer) ?? "unknown";
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const forwarded = header ? header.split(",").reverse() : [];
  let address = socket;
  for (let index = 0; ; index++) {
    if (!trusted(trust, address, index)) return { address, fromProxy: false };
    if (index >= forwarded.length) return { address, fromProxy: true };
    const next = normalizeAddress(forwarded[index]);
    // A trusted hop passed on something that is no address: believe nothing beyond it.
    if (!next) return { address, fromProxy: false };
    address = next;
  }
}
