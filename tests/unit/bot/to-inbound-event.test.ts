import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { toInboundEvent } from "../../../bot/channels/telegram/to-inbound-event.ts";

const from = { id: 42, is_bot: false, first_name: "Lan", last_name: "Trần", language_code: "en" };
const chat = { id: 42, type: "private" as const, first_name: "Lan" };
const message = (content: object, extra: object = {}): Update => ({ update_id: 1, message: { message_id: 7, date: 1, chat, from, ...content }, ...extra }) as Update;

describe("toInboundEvent", () => {
  it("reads commands with arguments and a bot mention", () => {
    const event = toInboundEvent(message({ text: "/tracuu@langnghe_bot TG-26-000001", entities: [{ type: "bot_command", offset: 0, length: 20 }] }));
    expect(event).toMatchObject({ kind: "command", command: "tracuu", text: "TG-26-000001", chatId: "42", userId: "42", displayName: "Lan Trần", languageCode: "en", channelMessageId: "7" });
  });

  it("takes the largest photo size with its caption, and files with their metadata", () => {
    const photo = toInboundEvent(message({ photo: [{ file_id: "small", file_unique_id: "s", width: 90, height: 90 }, { file_id: "large", file_unique_id: "l", width: 800, height: 800, file_size: 1234 }], caption: "ảnh" }));
    expect(photo).toMatchObject({ kind: "photo", text: "ảnh", file: { fileId: "large", size: 1234 } });
    const document = toInboundEvent(message({ document: { file_id: "d", file_unique_id: "du", file_name: "a.pdf", mime_type: "application/pdf", file_size: 9 } }));
    expect(document).toMatchObject({ kind: "document", file: { fileId: "d", name: "a.pdf", mimeType: "application/pdf", size: 9 } });
  });

  it("knows the citizen's own contact from someone else's", () => {
    expect(toInboundEvent(message({ contact: { phone_number: "84912345678", first_name: "Lan", user_id: 42 } }))?.contact).toEqual({ phone: "84912345678", name: "Lan", isOwn: true });
    expect(toInboundEvent(message({ contact: { phone_number: "0987654321", first_name: "Kẻ lừa đảo" } }))?.contact?.isOwn).toBe(false);
  });

  it("marks forwarded messages and edits, and turns stickers and polls into polite refusals", () => {
    expect(toInboundEvent(message({ text: "x", forward_origin: { type: "hidden_user", sender_user_name: "A", date: 1 } }))?.isForwarded).toBe(true);
    const edited = { update_id: 2, edited_message: { message_id: 7, date: 1, edit_date: 2, chat, from, text: "sửa" } } as Update;
    expect(toInboundEvent(edited)).toMatchObject({ kind: "text", isEdit: true });
    expect(toInboundEvent(message({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }))?.kind).toBe("sticker");
    expect(toInboundEvent(message({ poll: { id: "p" } }))?.kind).toBe("unsupported");
  });

  it("reads button presses and ignores groups and bots", () => {
    const callback = { update_id: 3, callback_query: { id: "c", from, chat_instance: "i", data: "m:tip", message: { message_id: 9, date: 1, chat } } } as Update;
    expect(toInboundEvent(callback)).toMatchObject({ kind: "choice", choiceValue: "m:tip", chatId: "42" });
    const group = { update_id: 4, message: { message_id: 1, date: 1, chat: { id: -100, type: "supergroup", title: "Đơn vị" }, from, text: "hi" } } as Update;
    expect(toInboundEvent(group)).toBeNull();
    expect(toInboundEvent(message({ text: "hi" }, {}))?.kind).toBe("text");
    const fromBot = { update_id: 5, message: { message_id: 1, date: 1, chat, from: { ...from, is_bot: true }, text: "hi" } } as Update;
    expect(toInboundEvent(fromBot)).toBeNull();
  });
});
