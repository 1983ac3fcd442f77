// Server-side request forgery guard for webhook URLs: every address a host name resolves to must be
// public. Checked when a webhook is created and again on every connection (the lookup below is what the
// HTTP client connects with), so a name re-pointed at 127.0.0.1 after creation is still refused.
import dns from "node:dns";
import net from "node:net";
import { AppError } from "../../errors.ts";

const blocked = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64 of any IPv4 address
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(prefix, bits, "ipv6");
}

/** True for loopback, private, link-local and other non-public addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
  if (!family) return true;
  return blocked.check(address, family);
}

export class ForbiddenAddressError extends Error {
  readonly code = "EFORBIDDENADDRESS";
}

/** Resolves a host and fails unless every address is public (or private ones are allowed). */
export async function resolvePublic(host: string, allowPrivate: boolean) {
  const bare = host.replace(/^\[|\]$/g, "");
  const addresses = net.isIP(bare)
    ? [{ address: bare, family: net.isIPv4(bare) ? 4 : 6 }]
    : await dns.promises.lookup(bare, { all: true, verbatim: true });
  if (!allowPrivate) {
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused)
      throw new ForbiddenAddressError(`${host} resolves to ${refused.address}, a non-public address.`);
  }
  return addresses;
}

/** A `lookup` for http.request that connects only to addresses it has checked. */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    resolvePublic(hostname, allowPrivate).then(
      (addresses) => {
        if ((options as dns.LookupAllOptions).all) return callback(null, addresses as never);
        const first = addresses[0]!;
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

/** What createWebhook accepts: an http(s) URL without credentials whose host resolves to public addresses. */
export async function checkWebhookUrl(input: string, allowPrivate: boolean): Promise<string> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new AppError("BAD_USER_INPUT", "url must be an absolute http:// or https:// URL.", {
      argument: "url",
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("BAD_USER_INPUT", "url must be an http:// or https:// URL.", { argument: "url" });
  }
  if (url.username || url.password) {
    throw new AppError("BAD_USER_INPUT", "url must not carry a user name or password.", {
      argument: "url",
    });
  }
  if (input.length > 2000) {
    throw new AppError("BAD_USER_INPUT", "url must be at most 2000 characters.", { argument: "url" });
  }
  try {
    await resolvePublic(url.hostname, allowPrivate);
  } catch (error) {
    if (error instanceof ForbiddenAddressError) {
      throw new AppError(
        "BAD_USER_INPUT",
        `url must reach a public address: ${error.message} (KB_WEBHOOK_ALLOW_PRIVATE=true allows it).`,
        { argument: "url" },
      );
    }
    throw new AppError("BAD_USER_INPUT", `url's host ${url.hostname} does not resolve.`, {
      argument: "url",
    });
  }
  return url.toString();
}
