/**
 * Proves FakeTelegramServer speaks the Bot API wire protocol by driving it with the real
 * grammY client: long polling, errors as GrammyError, uploads, downloads and webhooks.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, InlineKeyboard, InputFile, webhookCallback } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegramServer, type FakeTelegramUser } from "../fakes/fake-telegram.ts";

const lan: FakeTelegramUser = { id: 7001, first_name: "Lan", username: "lan_hn", language_code: "vi" };

let server: FakeTelegramServer;
let bot: Bot;

beforeEach(async () => {
  server = new FakeTelegramServer();
  await server.start();
  bot = new Bot(server.token, { client: { apiRoot: server.url } });
});

afterEach(async () => {
  if (bot.isRunning()) await bot.stop();
  await server.stop();
});

/** Starts long polling with a 1 s hold and resolves once the bot is polling. */
function startPolling(): Promise<void> {
  return new Promise((resolve) => void bot.start({ timeout: 1, onStart: () => resolve() }));
}

async function expectGrammyError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

describe("FakeTelegramServer with a real grammY bot", () => {
  it("delivers updates by long polling and records the bot's replies", async () => {
    bot.command("start", (ctx) => ctx.reply(`start payload=${ctx.match}`));
    bot.on("message:text", (ctx) => ctx.reply(`Đã nhận: ${ctx.message.text}`));
    await startPolling();

    await new Promise((resolve) => setTimeout(resolve, 300)); // idle: the poll must be held, not repeated
    const pollsWhileIdle = server.requests.filter((call) => call.method === "getUpdates").length;
    expect(pollsWhileIdle).toBeLessThanOrEqual(2);

    server.userSendsText(lan, "Có trộm ở phường 3");
    const reply = await server.waitForMessage("Đã nhận", 2_000);
    expect(reply).toMatchObject({ method: "sendMessage", chat_id: lan.id, text: "Đã nhận: Có trộm ở phường 3" });

    server.userSendsCommand(lan, "/start ref_42");
    await server.waitForMessage((message) => message.text === "start payload=ref_42", 2_000);
    expect(server.sentMessages(lan.id)).toHaveLength(2);
    expect(server.sentMessages(9999)).toHaveLength(0);
  });

  it("redelivers a duplicated update with the same update_id", async () => {
    const seen: number[] = [];
    bot.on("message", async (ctx) => {
      seen.push(ctx.update.update_id);
      await ctx.reply("ok");
    });
    await startPolling();
    const update = server.userSendsText(lan, "một lần");
    server.deliverDuplicate();
    await server.waitForMessage("ok");
    await server.waitForMessage("ok");
    expect(seen).toEqual([update.update_id, update.update_id]);
  });

  it("answers 429 with retry_after, 403 for a blocked user, and 400 for bad text", async () => {
    server.failNext("sendMessage", { error_code: 429, retry_after: 1 });
    const tooMany = await expectGrammyError(bot.api.sendMessage(lan.id, "xin chào"));
    expect(tooMany.error_code).toBe(429);
    expect(tooMany.parameters.retry_after).toBe(1);
    expect(tooMany.description).toBe("Too Many Requests: retry after 1");

    server.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect((await expectGrammyError(bot.api.sendMessage(lan.id, "a"))).error_code).toBe(403);
    server.userBlocksBot(lan);
    expect((await expectGrammyError(bot.api.sendMessage(lan.id, "a"))).description).toBe("Forbidden: bot was blocked by the user");

    const other = 7002;
    expect((await expectGrammyError(bot.api.sendMessage(other, "x".repeat(4097)))).description).toBe("Bad Request: message is too long");
    expect((await expectGrammyError(bot.api.sendMessage(other, "  "))).description).toBe("Bad Request: message text is empty");
    const html = await expectGrammyError(bot.api.sendMessage(other, "a <script> b", { parse_mode: "HTML" }));
    expect(html.description).toMatch(/^Bad Request: can't parse entities/);
    await bot.api.sendMessage(other, "x".repeat(4096));
    expect(server.sentMessages()).toHaveLength(1); // failed calls are not "sent"
  });

  it("answers 404 for an unknown method and 401 for an unknown token", async () => {
    const unknownMethod = await fetch(`${server.url}/bot${server.token}/sendTelepathy`, { method: "POST" });
    expect(unknownMethod.status).toBe(404);
    expect(await unknownMethod.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });

    const stranger = new Bot("42:wrong", { client: { apiRoot: server.url } });
    const unauthorized = await expectGrammyError(stranger.api.getMe());
    expect(unauthorized.error_code).toBe(401);
  });

  it("records setMyCommands per language_code", async () => {
    await bot.api.setMyCommands([{ command: "start", description: "Bắt đầu" }], { language_code: "vi" });
    await bot.api.setMyCommands([{ command: "start", description: "Start" }]);
    expect(server.commands).toEqual({
      vi: [{ command: "start", description: "Bắt đầu" }],
      "": [{ command: "start", description: "Start" }],
    });
    expect(await bot.api.getMyCommands({ language_code: "vi" })).toEqual([{ command: "start", description: "Bắt đầu" }]);
  });

  it("serves getFile and the file download for a photo the user sent", async () => {
    const bytes = Buffer.from("ảnh hiện trường");
    const update = server.userSendsPhoto(lan, { caption: "biển số 29A", bytes });
    const largest = update.message?.photo?.at(-1);
    expect(update.message?.caption).toBe("biển số 29A");
    const file = await bot.api.getFile(largest?.file_id ?? "");
    expect(file.file_path).toMatch(/^photos\/file_\d+\.jpg$/);
    const download = await fetch(`${server.url}/file/bot${server.token}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect((await expectGrammyError(bot.api.getFile("nope"))).description).toBe("Bad Request: invalid file_id");
  });

  it("accepts multipart uploads from grammY and reuses file ids", async () => {
    const sent = await bot.api.sendPhoto(lan.id, new InputFile(Buffer.from("PNGDATA"), "map.png"), { caption: "Bản đồ" });
    const [record] = server.sentMessages(lan.id);
    expect(record).toMatchObject({ method: "sendPhoto", chat_id: lan.id, caption: "Bản đồ" });
    expect(record?.uploads?.photo?.bytes.toString()).toBe("PNGDATA");
    const fileId = sent.photo.at(-1)?.file_id ?? "";
    await bot.api.sendPhoto(lan.id, fileId);
    expect(server.sentMessages(lan.id)[1]?.photo).toBe(fileId);
  });

  it("handles inline keyboards, callback queries and edits", async () => {
    bot.command("menu", (ctx) => ctx.reply("Chọn:", { reply_markup: new InlineKeyboard().text("Tố giác", "report") }));
    bot.callbackQuery("report", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText("Bạn chọn: Tố giác");
    });
    await startPolling();
    server.userSendsCommand(lan, "/menu");
    const menu = await server.waitForMessage("Chọn:");
    expect(menu.reply_markup).toEqual({ inline_keyboard: [[{ text: "Tố giác", callback_data: "report" }]] });
    server.userClicks(lan, "report", menu.message_id ?? 0);
    const edit = await server.waitForMessage((message) => message.method === "editMessageText");
    expect(edit).toMatchObject({ message_id: menu.message_id, text: "Bạn chọn: Tố giác" });
    expect(server.calls("answerCallbackQuery")).toHaveLength(1);
  });

  it("delivers to a webhook with the secret header and refuses getUpdates meanwhile", async () => {
    bot.on("message:text", (ctx) => ctx.reply(`webhook: ${ctx.message.text}`));
    const headers: (string | undefined)[] = [];
    const handle = webhookCallback(bot, "http", { secretToken: "s3cret_token" });
    const receiver = http.createServer((req, res) => {
      headers.push(req.headers["x-telegram-bot-api-secret-token"] as string | undefined);
      void handle(req, res);
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      await bot.api.setWebhook(receiverUrl, { secret_token: "s3cret_token" });
      expect(server.webhook).toMatchObject({ url: receiverUrl, secretToken: "s3cret_token" });
      expect((await expectGrammyError(bot.api.getUpdates())).error_code).toBe(409);

      server.userSendsText(lan, "qua webhook");
      await server.waitForMessage("webhook: qua webhook");
      expect(headers).toEqual(["s3cret_token"]);

      await bot.api.setWebhook(receiverUrl, { secret_token: "wrong_secret" });
      server.userSendsText(lan, "sai bí mật");
      await server.webhookIdle();
      expect(server.webhook.deliveries.at(-1)?.status).toBe(401);
      expect((await bot.api.getWebhookInfo()).last_error_message).toContain("401");

      await bot.api.deleteWebhook({ drop_pending_updates: true });
      expect(await bot.api.getUpdates({ timeout: 0 })).toEqual([]);
    } finally {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it("builds realistic updates for every kind of user input", () => {
    const contact = server.userSendsContact(lan, "+84901234567").message?.contact;
    expect(contact).toEqual({ phone_number: "+84901234567", first_name: "Lan", user_id: lan.id });
    expect(server.userSendsLocation(lan, 21.03, 105.85).message?.location).toEqual({ latitude: 21.03, longitude: 105.85 });
    expect(server.userSendsVoice(lan).message?.voice?.mime_type).toBe("audio/ogg");
    expect(server.userSendsVideo(lan).message?.video?.duration).toBe(5);
    expect(server.userSendsDocument(lan, { fileName: "don.pdf" }).message?.document?.file_name).toBe("don.pdf");
    expect(server.userSendsSticker(lan).message?.sticker?.emoji).toBe("👍");
    expect(server.userSendsPoll(lan).message?.poll?.options).toHaveLength(2);
    expect(server.userForwardsText(lan, "tin đồn").message?.forward_origin?.type).toBe("hidden_user");
    const original = server.userSendsText(lan, "sai chính tả");
    const edited = server.userEditsText(lan, original.message?.message_id ?? 0, "đúng chính tả");
    expect(edited.edited_message).toMatchObject({ message_id: original.message?.message_id, text: "đúng chính tả" });
    expect(edited.update_id).toBe(original.update_id + 1);
  });
});
