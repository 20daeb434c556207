import { createHash, randomBytes } from "node:crypto";

/** A fresh random secret (session token, CSRF token, API token body). */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Only this is stored: a leaked database does not let anyone use a session or API token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const SESSION_LIFETIME_MS = 12 * 3_600_000;
