import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { normalizeAddress } from "../../core/config/config.ts";

/**
 * The caller's address for rate limits and the audit log.
 *
 * Under Node it is the socket's address — unless that peer is one of TRUSTED_PROXIES (a reverse
 * proxy in front of the panel), in which case it is the right-most X-Forwarded-For entry that is
 * not itself a trusted proxy. Without this, every officer behind nginx shares the proxy's address
 * and one person's failed logins lock everyone out. Entries left of that are written by the client
 * and are never believed. Requests without a socket (app.request() in tests) fall back to
 * X-Forwarded-For, then "local".
 */
export function clientIp(c: Context, trustedProxies: readonly string[]): string {
  let socketAddress: string | undefined;
  try {
    socketAddress = getConnInfo(c).remote.address;
  } catch {
    // no Node socket: an in-process request
  }
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => normalizeAddress(entry.trim()))
    .filter((entry) => entry !== "");
  if (socketAddress) return addressBehindProxies(normalizeAddress(socketAddress), forwarded, trustedProxies);
  return forwarded[0] ?? "local";
}

/** Walks X-Forwarded-For from the right while the hop is a trusted proxy. */
export function addressBehindProxies(peer: string, forwarded: readonly string[], trustedProxies: readonly string[]): string {
  let address = peer;
  for (let index = forwarded.length - 1; index >= 0 && trustedProxies.includes(address); index -= 1) address = forwarded[index]!;
  return address;
}
