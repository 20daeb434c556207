/**
 * `POST /webhooks/zalo`: Zalo pushes each update here with the secret we registered in the
 * `X-Bot-Api-Secret-Token` header. The secret is compared in constant time (403 on mismatch);
 * the body is read in either form (flat or wrapped), stored, and acknowledged at once — handling
 * happens after the answer, so Zalo's undocumented deadline is never at risk.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Logger } from "../../../core/config/logger.ts";
import type { ZaloInbound } from "./zalo-inbound.ts";
import { parseWebhookBody } from "./zalo-wire.ts";

export const ZALO_WEBHOOK_PATH = "/webhooks/zalo";
const SECRET_HEADER = "x-bot-api-secret-token";
/** Updates are a few hundred bytes; anything near this is not from Zalo. */
const MAX_BODY_BYTES = 256 * 1024;

/** Compares two secrets without leaking, through timing, how much of them matched. */
export function isSameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createZaloWebhookHandler(deps: { secret: string; inbound: ZaloInbound; logger: Logger }) {
  return async function handleZaloWebhook(request: Request): Promise<Response> {
    if (!isSameSecret(request.headers.get(SECRET_HEADER), deps.secret)) {
      deps.logger.warn("zalo webhook call with a wrong or missing secret refused");
      return Response.json({ ok: false, error: "forbidden" }, { status: 403 });
    }
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return Response.json({ ok: false }, { status: 413 });
    const raw = await request.text();
    if (raw.length > MAX_BODY_BYTES) return Response.json({ ok: false }, { status: 413 });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return Response.json({ ok: false, error: "invalid JSON" }, { status: 400 });
    }
    const update = parseWebhookBody(body);
    if (!update) {
      deps.logger.warn("zalo webhook body in an unknown form acknowledged and dropped");
      return Response.json({ ok: true });
    }
    try {
      await deps.inbound.accept(update);
    } catch (error) {
      // Not stored: answer an error so Zalo delivers it again.
      deps.logger.error({ err: error, event: update.event_name }, "zalo webhook update could not be stored");
      return Response.json({ ok: false }, { status: 500 });
    }
    return Response.json({ ok: true });
  };
}
