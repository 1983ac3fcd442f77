import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { forwardedHeaders, installClientAddress } from "./forwarding.ts";
import { normalizeAddress, parseTrustProxy, resolveClientAddress } from "./trust-proxy.ts";

describe("KB_TRUST_PROXY", () => {
  it("defaults to loopback: a local proxy is believed, anyone else is the client", () => {
    const trust = parseTrustProxy(undefined);
    expect(resolveClientAddress(trust, "127.0.0.1", "203.0.113.9")).toEqual({
      address: "203.0.113.9",
      fromProxy: false,
    });
    expect(resolveClientAddress(trust, "::ffff:127.0.0.1", undefined)).toEqual({
      address: "127.0.0.1",
      fromProxy: true,
    });
    // A stranger's own header is ignored: they are the client.
    expect(resolveClientAddress(trust, "198.51.100.4", "127.0.0.1")).toEqual({
      address: "198.51.100.4",
      fromProxy: false,
    });
  });

  it("reads the chain from the nearest hop outwards and stops at the first untrusted one", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8");
    // Client wrote "1.1.1.1" itself; the edge proxy 10.0.0.5 appended the real peer 203.0.113.9.
    expect(resolveClientAddress(trust, "127.0.0.1", "1.1.1.1, 203.0.113.9, 10.0.0.5").address).toBe(
      "203.0.113.9",
    );
    expect(resolveClientAddress(trust, "127.0.0.1", ["1.1.1.1", "203.0.113.9"]).address).toBe("203.0.113.9");
  });

  it("counts hops when given a number; 0 trusts nobody", () => {
    expect(resolveClientAddress(parseTrustProxy("1"), "10.1.1.1", "1.1.1.1, 203.0.113.9").address).toBe(
      "203.0.113.9",
    );
    expect(resolveClientAddress(parseTrustProxy("2"), "10.1.1.1", "1.1.1.1, 203.0.113.9").address).toBe(
      "1.1.1.1",
    );
    expect(resolveClientAddress(parseTrustProxy("0"), "127.0.0.1", "203.0.113.9")).toEqual({
      address: "127.0.0.1",
      fromProxy: false,
    });
  });

  it("believes nothing beyond an entry that is no address", () => {
    expect(resolveClientAddress(parseTrustProxy(undefined), "127.0.0.1", "evil, 203.0.113.9").address).toBe(
      "203.0.113.9",
    );
    expect(resolveClientAddress(parseTrustProxy(undefined), "127.0.0.1", "not-an-ip")).toEqual({
      address: "127.0.0.1",
      fromProxy: false,
    });
  });

  it("normalizes ports, brackets and IPv4-mapped IPv6", () => {
    expect(normalizeAddress("203.0.113.9:5123")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress("drop table")).toBeUndefined();
  });

  it("refuses a setting it cannot read, saying what it expects", () => {
    expect(() => parseTrustProxy("10.0.0.0/40")).toThrow(/hop count .* CIDR/);
    expect(() => parseTrustProxy("proxy.internal")).toThrow(/"proxy.internal" is neither/);
    expect(() => parseTrustProxy("-1")).toThrow(/KB_TRUST_PROXY/);
  });

  it("forwards one address only", () => {
    expect(forwardedHeaders("203.0.113.9")).toEqual({ "x-forwarded-for": "203.0.113.9" });
    expect(forwardedHeaders("1.1.1.1, 203.0.113.9")).toBeUndefined();
    expect(forwardedHeaders(null)).toBeUndefined();
  });

  it("rewrites X-Forwarded-For on a real HTTP server before its handler sees it", async () => {
    installClientAddress(parseTrustProxy("0"));
    const server = http.createServer((req, res) => res.end(String(req.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const seen = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6" } });
      // Nobody is trusted: the spoofed header is replaced by the socket's peer.
      expect(await seen.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
