import type { TInboundEvent } from "../../dialogs/inbound-event.ts";
import type { TZaloMessage, TZaloUpdate } from "./zalo-wire.ts";

/** Why an update gives the dialogs nothing to handle. */
export type TSkippedUpdate = "no-message" | "not-private" | "from-bot";

/**
 * Translates a Zalo update into the channel-neutral event the dialogs handle, or says why it
 * is skipped. Zalo gives no interface language, so `languageCode` is left unset (Vietnamese).
 *
 * Images keep their URL: TInboundFile has no url field yet, so the URL travels as `fileId` (the
 * dialogs store it as the attachment's channel file id; officers open it from there).
 */
export function toInboundEvent(update: TZaloUpdate): { event: TInboundEvent } | { skipped: TSkippedUpdate } {
  const message = update.message;
  if (!message) return { skipped: "no-message" };
  if (message.from?.is_bot) return { skipped: "from-bot" };
  if (message.chat.chat_type && message.chat.chat_type.toUpperCase() !== "PRIVATE") return { skipped: "not-private" };
  const base = {
    channel: "zalo" as const,
    chatId: message.chat.id,
    userId: message.from?.id ?? message.chat.id,
    displayName: message.from?.display_name ?? null,
    languageCode: null,
    channelMessageId: message.message_id,
  };
  return { event: { ...base, ...contentOf(update.event_name, message) } };
}

function contentOf(eventName: string, message: TZaloMessage): Pick<TInboundEvent, "kind" | "text" | "command" | "file"> {
  const imageUrl = message.photo_url || message.photo;
  if (eventName === "message.text.received" || (eventName.endsWith(".received") && message.text && !imageUrl)) {
    return textContent(message.text ?? "");
  }
  if (eventName === "message.image.received" && imageUrl) {
    return { kind: "photo", text: message.caption ?? "", file: { fileId: imageUrl, url: imageUrl, mimeType: "image/jpeg" } };
  }
  if (eventName === "message.sticker.received") {
    return { kind: "sticker", ...(message.sticker && { file: { fileId: message.sticker } }) };
  }
  if (eventName === "message.voice.received" && message.voice_url) {
    return { kind: "voice", file: { fileId: message.voice_url, url: message.voice_url } };
  }
  return { kind: "unsupported" };
}

/** "/tracuu LN-123" → command "tracuu" with text "LN-123"; anything else is text. */
function textContent(text: string): Pick<TInboundEvent, "kind" | "text" | "command"> {
  const command = /^\/([\p{L}\p{N}_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (command) return { kind: "command", command: command[1]!.toLowerCase(), text: (command[2] ?? "").trim() };
  return { kind: "text", text };
}
