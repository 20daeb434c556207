import type { Message, Update } from "grammy/types";
import type { TInboundEvent } from "../../dialogs/inbound-event.ts";

type TPrivateMessage = Message & { from: NonNullable<Message["from"]> };

/**
 * Translates a Telegram update into the dialogs' channel-neutral event, or null for updates the
 * citizen dialog does not handle (groups and channels, bots, chat-member changes, inline queries).
 * Pure: cannot fail, so it runs before the update is stored.
 */
export function toInboundEvent(update: Update): TInboundEvent | null {
  const query = update.callback_query;
  if (query) {
    const chat = query.message?.chat;
    if ((chat && chat.type !== "private") || query.from.is_bot || query.data === undefined) return null;
    return {
      channel: "telegram",
      chatId: String(chat?.id ?? query.from.id),
      userId: String(query.from.id),
      displayName: fullName(query.from),
      languageCode: query.from.language_code ?? null,
      kind: "choice",
      choiceValue: query.data,
    };
  }
  const message = update.message ?? update.edited_message;
  if (!message || message.chat.type !== "private" || !message.from || message.from.is_bot) return null;
  return { ...baseOf(message as TPrivateMessage, update.edited_message !== undefined), ...contentOf(message as TPrivateMessage) };
}

function fullName(user: { first_name: string; last_name?: string }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ");
}

function baseOf(message: TPrivateMessage, isEdit: boolean): Omit<TInboundEvent, "kind"> {
  return {
    channel: "telegram",
    chatId: String(message.chat.id),
    userId: String(message.from.id),
    displayName: fullName(message.from),
    languageCode: message.from.language_code ?? null,
    channelMessageId: String(message.message_id),
    isForwarded: message.forward_origin !== undefined,
    isEdit,
  };
}

function contentOf(message: TPrivateMessage): Pick<TInboundEvent, "kind" | "text" | "command" | "file" | "location" | "contact"> {
  const caption = message.caption ?? undefined;
  if (message.text !== undefined) {
    const entity = message.entities?.[0];
    if (entity?.type === "bot_command" && entity.offset === 0) {
      const command = message.text.slice(1, entity.length).split("@")[0]!.toLowerCase();
      return { kind: "command", command, text: message.text.slice(entity.length).trim() };
    }
    return { kind: "text", text: message.text };
  }
  if (message.photo && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1]!;
    return { kind: "photo", text: caption, file: { fileId: largest.file_id, size: largest.file_size ?? null, mimeType: "image/jpeg" } };
  }
  const file = (item: { file_id: string; file_size?: number; mime_type?: string; file_name?: string }) => ({
    fileId: item.file_id, size: item.file_size ?? null, mimeType: item.mime_type ?? null, name: item.file_name ?? null,
  });
  if (message.video) return { kind: "video", text: caption, file: file(message.video) };
  if (message.video_note) return { kind: "video", text: caption, file: file(message.video_note) };
  if (message.voice) return { kind: "voice", text: caption, file: file(message.voice) };
  if (message.audio) return { kind: "audio", text: caption, file: file(message.audio) };
  if (message.animation) return { kind: "document", text: caption, file: file(message.animation) };
  if (message.document) return { kind: "document", text: caption, file: file(message.document) };
  if (message.location) return { kind: "location", location: { latitude: message.location.latitude, longitude: message.location.longitude } };
  if (message.contact) {
    return {
      kind: "contact",
      contact: { phone: message.contact.phone_number, name: fullName(message.contact), isOwn: message.contact.user_id === message.from.id },
    };
  }
  if (message.sticker) return { kind: "sticker" };
  return { kind: "unsupported" };
}
