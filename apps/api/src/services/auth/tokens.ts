// Opaque secrets: 32 random bytes, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "kbt_";

export const newSecret = (prefix = "") => prefix + randomBytes(32).toString("base64url");
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");
