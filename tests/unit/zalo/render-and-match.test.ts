/** Zalo rendering (numbered choices, typed requests, 2,000-char pieces) and reading typed answers back. */
import { describe, expect, it } from "vitest";
import { matchTypedChoice } from "../../../bot/channels/zalo/match-typed-choice.ts";
import { renderZaloText, splitZaloText } from "../../../bot/channels/zalo/render-zalo-message.ts";
import { toInboundEvent } from "../../../bot/channels/zalo/to-inbound-event.ts";
import { isSameSecret } from "../../../bot/channels/zalo/zalo-webhook.ts";
import { parseWebhookBody } from "../../../bot/channels/zalo/zalo-wire.ts";
import { createTranslator } from "../../../locales/translator.ts";
import { buildZaloMessage } from "../../fakes/fake-zalo-wire.ts";

const translator = createTranslator();
const vi = translator.t("vi");
const en = translator.t("en");
const menu = [
  { value: "m:tip", label: "🚨 Báo tin, tố giác" },
  { value: "m:question", label: "❓ Hỏi thủ tục" },
  { value: "m:feedback", label: "💬 Góp ý, phản ánh" },
  { value: "consent", label: "✅ Đồng ý" },
];

describe("rendering for Zalo", () => {
  it("numbers the choices and says how to answer, in the citizen's language", () => {
    expect(renderZaloText({ text: "Bạn muốn làm gì?", choices: menu.slice(0, 3) }, vi)).toBe(
      "Bạn muốn làm gì?\n\n1. 🚨 Báo tin, tố giác\n2. ❓ Hỏi thủ tục\n3. 💬 Góp ý, phản ánh\n\n👉 Gõ số 1–3 hoặc gõ chữ",
    );
    expect(renderZaloText({ text: "What now?", choices: menu.slice(0, 2) }, en)).toContain("👉 Type a number 1–2 or type the words");
    expect(renderZaloText({ text: "Ok?", choices: menu.slice(3) }, vi)).toContain("1. ✅ Đồng ý\n\n👉 Gõ số 1 hoặc gõ chữ");
    expect(renderZaloText({ text: "Ok?", choices: menu.slice(3), choicesHint: "Gõ 1 để đồng ý" }, vi)).toMatch(/👉 Gõ 1 để đồng ý$/);
  });

  it("asks for a phone number or a place as typed text", () => {
    expect(renderZaloText({ text: "Số điện thoại?", requestPhone: true }, vi)).toBe("Số điện thoại?\n\n📞 Hãy gõ số điện thoại của bạn (ví dụ 0912 345 678).");
    expect(renderZaloText({ text: "Where?", requestLocation: true }, en)).toContain("Please type the address");
  });

  it("leaves a short text whole and splits a long one on line, then word boundaries, under 2,000 characters", () => {
    expect(splitZaloText("Xin chào")).toEqual(["Xin chào"]);
    const lines = Array.from({ length: 60 }, (_, index) => `Dòng ${index + 1}: ${"nội dung ".repeat(5).trim()}`);
    const pieces = splitZaloText(lines.join("\n"));
    expect(pieces.length).toBe(2);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(2000);
    expect(pieces.join("\n")).toBe(lines.join("\n"));
    expect(pieces[1]).toMatch(/^Dòng \d+:/);

    const words = "trật tự ".repeat(400).trim();
    const wordPieces = splitZaloText(words);
    for (const piece of wordPieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece).toMatch(/^trật tự/);
      expect(piece).toMatch(/(trật|tự)$/);
    }
    expect(wordPieces.join(" ")).toBe(words);

    const emoji = "😀".repeat(1500);
    const emojiPieces = splitZaloText(emoji);
    expect(emojiPieces.join("")).toBe(emoji);
    for (const piece of emojiPieces) expect(piece.length).toBeLessThanOrEqual(2000);
  });
});

describe("typed answers to a numbered list", () => {
  it("picks by number, in the forms people type", () => {
    for (const typed of ["2", " 2 ", "2.", "#2", "số 2", "So 2"]) expect(matchTypedChoice(menu, typed)?.value).toBe("m:question");
    expect(matchTypedChoice(menu, "9")).toBeUndefined();
    expect(matchTypedChoice(menu, "0")).toBeUndefined();
  });

  it("picks by words, ignoring case, diacritics and emoji; a unique beginning is enough", () => {
    expect(matchTypedChoice(menu, "dong y")?.value).toBe("consent");
    expect(matchTypedChoice(menu, "ĐỒNG Ý")?.value).toBe("consent");
    expect(matchTypedChoice(menu, "Hỏi thủ tục")?.value).toBe("m:question");
    expect(matchTypedChoice(menu, "báo tin")?.value).toBe("m:tip");
  });

  it("allows courtesy words around the answer, and only those", () => {
    expect(matchTypedChoice(menu, "dạ, số 2 ạ")?.value).toBe("m:question");
    expect(matchTypedChoice(menu, "1 nha")?.value).toBe("m:tip");
    expect(matchTypedChoice(menu, "Đồng ý nhé")?.value).toBe("consent");
    expect(matchTypedChoice(menu, "vâng, đồng ý ạ")?.value).toBe("consent");
    const faq = [{ value: "faq:ok", label: "👍 Đã rõ, cảm ơn" }, { value: "cf:cancel", label: "✖️ Hủy" }];
    expect(matchTypedChoice(faq, "đã rõ cảm ơn")?.value).toBe("faq:ok");
    expect(matchTypedChoice(faq, "hủy hoại xe")).toBeUndefined();
    expect(matchTypedChoice(faq, "hủy bỏ")).toBeUndefined();
    expect(matchTypedChoice(faq, "hủy nhé")?.value).toBe("cf:cancel");
  });

  it("leaves messages alone", () => {
    expect(matchTypedChoice(menu, "Có người đánh nhau ở chợ")).toBeUndefined();
    expect(matchTypedChoice(menu, "0912345678")).toBeUndefined();
    expect(matchTypedChoice(menu, "góp")).toBeUndefined();
    expect(matchTypedChoice([], "1")).toBeUndefined();
  });
});

describe("Zalo updates as inbound events", () => {
  const user = { id: "u-1", display_name: "Lan" };

  it("maps text, commands, images (both fields), stickers, voice and unsupported events", () => {
    const text = toInboundEvent({ event_name: "message.text.received", message: buildZaloMessage(user, { text: "Chào" }) });
    expect(text).toMatchObject({ event: { channel: "zalo", chatId: "u-1", userId: "u-1", displayName: "Lan", kind: "text", text: "Chào" } });
    expect(toInboundEvent({ event_name: "message.text.received", message: buildZaloMessage(user, { text: "/tracuu LN-1" }) })).toMatchObject({
      event: { kind: "command", command: "tracuu", text: "LN-1" },
    });
    for (const field of ["photo", "photo_url"]) {
      const image = toInboundEvent({ event_name: "message.image.received", message: buildZaloMessage(user, { [field]: "https://img/x.jpg", caption: "" }) });
      expect(image).toMatchObject({ event: { kind: "photo", text: "", file: { fileId: "https://img/x.jpg" } } });
    }
    expect(toInboundEvent({ event_name: "message.sticker.received", message: buildZaloMessage(user, { sticker: "s1" }) })).toMatchObject({ event: { kind: "sticker" } });
    expect(toInboundEvent({ event_name: "message.voice.received", message: buildZaloMessage(user, { voice_url: "https://v/a.aac" }) })).toMatchObject({
      event: { kind: "voice", file: { fileId: "https://v/a.aac" } },
    });
    expect(toInboundEvent({ event_name: "message.unsupported.received", message: buildZaloMessage(user, {}) })).toMatchObject({ event: { kind: "unsupported" } });
    expect(toInboundEvent({ event_name: "message.unsupported.received" })).toEqual({ skipped: "no-message" });
    const group = buildZaloMessage(user, { text: "hi" });
    group.chat.chat_type = "GROUP";
    expect(toInboundEvent({ event_name: "message.text.received", message: group })).toEqual({ skipped: "not-private" });
  });

  it("reads webhook bodies flat and wrapped, and refuses anything else", () => {
    const update = { event_name: "message.text.received", message: buildZaloMessage(user, { text: "a" }) };
    expect(parseWebhookBody(update)?.message?.text).toBe("a");
    expect(parseWebhookBody({ ok: true, result: update })?.message?.text).toBe("a");
    expect(parseWebhookBody({ event_name: "message.unsupported.received" })).toMatchObject({ event_name: "message.unsupported.received" });
    expect(parseWebhookBody({ hello: 1 })).toBeNull();
    expect(parseWebhookBody("x")).toBeNull();
  });

  it("compares webhook secrets exactly", () => {
    expect(isSameSecret("secret-123", "secret-123")).toBe(true);
    expect(isSameSecret("secret-124", "secret-123")).toBe(false);
    expect(isSameSecret("secret-1234", "secret-123")).toBe(false);
    expect(isSameSecret(null, "secret-123")).toBe(false);
  });
});
