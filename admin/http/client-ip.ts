import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";

/**
 * The caller's address for rate limits and the audit log: the socket's address under Node.
 * Requests without a socket (app.request() in tests) fall back to X-Forwarded-For, then "local".
 */
export function clientIp(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    if (address) return address;
  } catch {
    // no Node socket: an in-process request
  }
  return c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
