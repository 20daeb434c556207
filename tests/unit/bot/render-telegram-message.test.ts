import { describe, expect, it } from "vitest";
import { renderTelegramMessages, splitText, TELEGRAM_TEXT_LIMIT } from "../../../bot/channels/telegram/render-telegram-message.ts";

describe("splitText", () => {
  it("keeps short text whole and splits long text on line breaks within the limit", () => {
    expect(splitText("xin chào", 4096)).toEqual(["xin chào"]);
    const paragraph = "Dòng nội dung trả lời.\n".repeat(400);
    const parts = splitText(paragraph, TELEGRAM_TEXT_LIMIT);
    expect(parts.length).toBe(3);
    expect(parts.every((part) => part.length <= TELEGRAM_TEXT_LIMIT)).toBe(true);
    expect(parts.join("\n").replace(/\n+/g, "\n").trimEnd()).toBe(paragraph.trimEnd());
  });

  it("cuts a text without spaces at the limit but never inside a surrogate pair", () => {
    const emoji = "😀".repeat(3000);
    const parts = splitText(emoji, 4095);
    expect(parts.join("")).toBe(emoji);
    expect(parts.every((part) => !/[\ud800-\udbff]$/.test(part))).toBe(true);
  });
});

describe("renderTelegramMessages", () => {
  it("puts choices as an inline keyboard on the last part; short labels share a row", () => {
    const messages = renderTelegramMessages({ text: "a".repeat(5000), choices: [1, 2, 3, 4, 5].map((n) => ({ value: `rate:x:${n}`, label: `${n} ⭐` })) });
    expect(messages).toHaveLength(2);
    expect(messages[0]!.reply_markup).toBeUndefined();
    expect(messages[1]!.reply_markup).toEqual({ inline_keyboard: [[1, 2, 3, 4, 5].map((n) => ({ text: `${n} ⭐`, callback_data: `rate:x:${n}` }))] });
  });

  it("asks for a phone with a one-time contact button and the choices as text buttons", () => {
    const [message] = renderTelegramMessages({ text: "Số điện thoại?", requestPhone: true, requestLabel: "📱 Gửi số điện thoại", choices: [{ value: "ph:skip", label: "Bỏ qua" }] });
    expect(message!.reply_markup).toEqual({ keyboard: [[{ text: "📱 Gửi số điện thoại", request_contact: true }], [{ text: "Bỏ qua" }]], one_time_keyboard: true, resize_keyboard: true });
  });

  it("removes a leftover reply keyboard on plain messages and refuses callback data over 64 bytes", () => {
    expect(renderTelegramMessages({ text: "ok" })[0]!.reply_markup).toEqual({ remove_keyboard: true });
    expect(() => renderTelegramMessages({ text: "x", choices: [{ value: "v".repeat(65), label: "x" }] })).toThrow(/64 bytes/);
  });
});
