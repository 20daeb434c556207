/**
 * The Zalo Bot API wire format, validated leniently at the edge: the docs and the live service
 * disagree on several details (see shared/notes/zalo-bot-api.md), so both forms are accepted;
 * fields we do not use are dropped.
 */
import { z } from "zod";

/** Ids are opaque strings; a number would be turned into its string. */
const ZId = z.union([z.string(), z.number()]).transform(String);

export const ZZaloMessage = z.object({
  message_id: ZId,
  /** Milliseconds since the epoch. */
  date: z.number().optional(),
  from: z.object({ id: ZId, display_name: z.string().nullish(), is_bot: z.boolean().nullish() }).optional(),
  chat: z.object({ id: ZId, chat_type: z.string().nullish() }),
  text: z.string().nullish(),
  /** The docs' field for an image URL. */
  photo: z.string().nullish(),
  /** The live service's field for an image URL. */
  photo_url: z.string().nullish(),
  caption: z.string().nullish(),
  sticker: z.string().nullish(),
  url: z.string().nullish(),
  voice_url: z.string().nullish(),
});
export type TZaloMessage = z.infer<typeof ZZaloMessage>;

export const ZZaloUpdate = z.object({
  event_name: z.string(),
  /** Missing on some unsupported events. */
  message: ZZaloMessage.optional(),
});
export type TZaloUpdate = z.infer<typeof ZZaloUpdate>;

/** What getUpdates returns: one update (the docs hint at an array; take its items one by one). */
export const ZGetUpdatesResult = z.union([ZZaloUpdate, z.array(ZZaloUpdate)]);

/**
 * Reads a webhook body in either form: flat `{event_name, message}` (live) or wrapped
 * `{ok, result:{…}}` (docs). Returns null for anything else (it is logged and acknowledged).
 */
export function parseWebhookBody(body: unknown): TZaloUpdate | null {
  const flat = ZZaloUpdate.safeParse(body);
  if (flat.success) return flat.data;
  if (typeof body === "object" && body !== null && "result" in body) {
    const wrapped = ZZaloUpdate.safeParse((body as { result: unknown }).result);
    if (wrapped.success) return wrapped.data;
  }
  return null;
}

export const ZBotInfo = z.object({
  id: ZId,
  account_name: z.string().nullish(),
  account_type: z.string().nullish(),
  can_join_groups: z.boolean().nullish(),
});
export type TZaloBotInfo = z.infer<typeof ZBotInfo>;

export const ZWebhookInfo = z.object({ url: z.string().default(""), updated_at: z.number().nullish() });
export type TZaloWebhookInfo = z.infer<typeof ZWebhookInfo>;

export const ZSentMessage = z.object({ message_id: ZId, date: z.number().nullish() });
export type TZaloSentMessage = z.infer<typeof ZSentMessage>;

export const ZEnvelope = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
});
