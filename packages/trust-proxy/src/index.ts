export {
  FORWARDED_FOR,
  normalizeAddress,
  parseTrustProxy,
  resolveClientAddress,
  TRUST_PROXY_DEFAULT,
  type ClientAddress,
  type TrustProxy,
} from "./trust-proxy.ts";
export { forwardedHeaders, installClientAddress } from "./forwarding.ts";
export { trustProxySetting } from "./trust-proxy-setting.ts";
