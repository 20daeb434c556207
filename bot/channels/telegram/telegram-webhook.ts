import { timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";
import { z } from "zod";

export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** The least an update must have; the rest is read by toInboundEvent. */
const ZUpdate = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Compares secrets in constant time (no early exit on the first differing byte). */
export function isSameSecret(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

/**
 * The POST /webhooks/telegram handler: 401 without the secret Telegram was given at setWebhook,
 * 400 for a body that is not an update, 200 once the update is stored (and, normally, handled), 500
 * when it could not even be stored, so Telegram delivers it again.
 */
export function createTelegramWebhookHandler(options: {
  secret: string;
  isStopping: () => boolean;
  processUpdate: (update: Update) => Promise<void>;
  onError: (error: unknown) => void;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isSameSecret(request.headers.get(SECRET_HEADER) ?? "", options.secret)) return new Response("unauthorized", { status: 401 });
    if (options.isStopping()) return new Response("stopping", { status: 503 });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return new Response("bad request", { status: 400 });
    }
    const parsed = ZUpdate.safeParse(body);
    if (!parsed.success) return new Response("bad request", { status: 400 });
    try {
      await options.processUpdate(parsed.data as unknown as Update);
      return new Response("ok", { status: 200 });
    } catch (error) {
      options.onError(error);
      return new Response("error", { status: 500 });
    }
  };
}
