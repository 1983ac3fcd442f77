// KB_TRUST_PROXY as a zod setting, for the env module of every app that reads it (the API, the portal and
// the admin): one parser, one error message naming what is expected.
import { z } from "zod";
import { parseTrustProxy } from "./trust-proxy.ts";

export const trustProxySetting = () =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^KB_TRUST_PROXY /, "") });
        return z.NEVER;
      }
    });
