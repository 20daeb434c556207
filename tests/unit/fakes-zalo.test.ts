/**
 * Proves FakeZaloServer behaves as the Zalo Bot API notes describe, driving it with axios
 * exactly as our Zalo client does (POST JSON, decide from the body, not the HTTP status).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import axios from "axios";
import { afterEach, describe, expect, it } from "vitest";
import { FakeZaloServer, type FakeZaloOptions, type FakeZaloUser, type ZaloUpdate } from "../fakes/fake-zalo.ts";

const minh: FakeZaloUser = { id: "a1b2c3d4e5f60718", display_name: "Minh" };
const running: { close: () => Promise<void> }[] = [];

afterEach(async () => {
  for (const item of running.splice(0).reverse()) await item.close();
});

async function startZalo(options: FakeZaloOptions = {}): Promise<FakeZaloServer> {
  const server = new FakeZaloServer({ maxPollHoldMs: 300, ...options });
  await server.start();
  running.push({ close: () => server.stop() });
  return server;
}

/** What our client does: POST JSON to /bot<token>/<method> and accept any HTTP status. */
async function callZalo(server: FakeZaloServer, method: string, body: object = {}, token = server.token) {
  const response = await axios.post(`${server.url}/bot${token}/${method}`, body, { validateStatus: () => true });
  return { status: response.status, body: response.data as { ok: boolean; result?: any; error_code?: number; description?: string } };
}

/** A webhook receiver that checks the secret header like our app should (403 on mismatch). */
async function startReceiver(secret: string) {
  const received: { headers: http.IncomingHttpHeaders; body: unknown }[] = [];
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      res.writeHead(req.headers["x-bot-api-secret-token"] === secret ? 200 : 403).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  running.push({ close: () => new Promise<void>((resolve) => { receiver.closeAllConnections(); receiver.close(() => resolve()); }) });
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zalo`, received };
}

describe("FakeZaloServer with axios", () => {
  it("answers getMe, 401 for an unknown token and 404 for an unknown method", async () => {
    const server = await startZalo();
    expect((await callZalo(server, "getMe")).body).toMatchObject({ ok: true, result: { account_name: "Bot LangNghe Test" } });
    expect(await callZalo(server, "getMe", {}, "1:nope")).toEqual({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
    expect((await callZalo(server, "editMessage")).body).toMatchObject({ ok: false, error_code: 404 });
  });

  it("holds getUpdates for the timeout, then answers 408 with HTTP 408 or 200", async () => {
    const server = await startZalo();
    const started = Date.now();
    const empty = await callZalo(server, "getUpdates", { timeout: 30 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(empty).toEqual({ status: 408, body: { ok: false, error_code: 408, description: "Request timeout" } });

    const lenient = await startZalo({ timeoutHttpStatus: 200 });
    expect(await callZalo(lenient, "getUpdates", { timeout: 1 })).toMatchObject({ status: 200, body: { ok: false, error_code: 408 } });
  });

  it("returns ONE update per poll, including one pushed while the poll is held", async () => {
    const server = await startZalo({ maxPollHoldMs: 2_000 });
    await server.userSendsText(minh, "thứ nhất");
    await server.userSendsText(minh, "thứ hai");
    const first = await callZalo(server, "getUpdates", { timeout: 30 });
    expect(first.body.result).toMatchObject({ event_name: "message.text.received", message: { text: "thứ nhất" } });
    expect((await callZalo(server, "getUpdates", { timeout: 30 })).body.result.message.text).toBe("thứ hai");

    const held = callZalo(server, "getUpdates", { timeout: 30 });
    setTimeout(() => void server.userSendsText(minh, "trong lúc chờ"), 50);
    const message = (await held).body.result.message;
    expect(message).toMatchObject({ text: "trong lúc chờ", from: { id: minh.id, display_name: "Minh", is_bot: false }, chat: { id: minh.id, chat_type: "PRIVATE" } });
    expect(message.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(message.date).toBeGreaterThan(1e12); // milliseconds
  });

  it("validates sends: 1-2000 chars, ids in the result, chat action without result", async () => {
    const server = await startZalo();
    const ok = await callZalo(server, "sendMessage", { chat_id: minh.id, text: "x".repeat(2000) });
    expect(ok.body.ok).toBe(true);
    expect(ok.body.result.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(ok.body.result.date).toBeGreaterThan(1e12);
    expect(await callZalo(server, "sendMessage", { chat_id: minh.id, text: "x".repeat(2001) })).toMatchObject({ status: 400, body: { ok: false, error_code: 400 } });
    expect((await callZalo(server, "sendMessage", { chat_id: minh.id, text: "" })).body.error_code).toBe(400);
    expect((await callZalo(server, "sendPhoto", { chat_id: minh.id, photo: "https://example.org/a.jpg", caption: "ảnh" })).body.ok).toBe(true);
    expect((await callZalo(server, "sendSticker", { chat_id: minh.id, sticker: "st1" })).body.ok).toBe(true);
    expect((await callZalo(server, "sendChatAction", { chat_id: minh.id, action: "typing" })).body).toEqual({ ok: true });
    expect(server.sentMessages(minh.id).map((sent) => sent.method)).toEqual(["sendMessage", "sendPhoto", "sendSticker"]);
    expect(server.calls("sendChatAction")).toHaveLength(1);
  });

  it("answers 429 Quota exceeded after the quota, and injected faults", async () => {
    const server = await startZalo({ quota: 2 });
    await callZalo(server, "sendMessage", { chat_id: minh.id, text: "1" });
    await callZalo(server, "sendMessage", { chat_id: minh.id, text: "2" });
    expect(await callZalo(server, "sendMessage", { chat_id: minh.id, text: "3" })).toEqual({
      status: 429, body: { ok: false, error_code: 429, description: "Quota exceeded" },
    });
    expect(server.sentMessages()).toHaveLength(2);

    const flaky = await startZalo({ errorsWithHttp200: true });
    flaky.failNext("sendMessage", { error_code: 403, description: "Forbidden" });
    expect(await callZalo(flaky, "sendMessage", { chat_id: minh.id, text: "a" })).toEqual({
      status: 200, body: { ok: false, error_code: 403, description: "Forbidden" },
    });
    expect((await callZalo(flaky, "sendMessage", { chat_id: minh.id, text: "b" })).body.ok).toBe(true);
  });

  it("pushes webhooks flat and wrapped with the secret header, and refuses polling meanwhile", async () => {
    const server = await startZalo();
    const receiver = await startReceiver("secret-123");
    expect(await callZalo(server, "getWebhookInfo")).toMatchObject({ status: 404, body: { ok: false, error_code: 404 } });
    expect((await callZalo(server, "setWebhook", { url: receiver.url, secret_token: "short" })).body.error_code).toBe(400);
    expect((await callZalo(server, "setWebhook", { url: receiver.url, secret_token: "secret-123" })).body.result.url).toBe(receiver.url);
    expect((await callZalo(server, "getUpdates", { timeout: 1 })).body).toMatchObject({ ok: false, error_code: 400 });

    const flat = await server.userSendsText(minh, "báo tin");
    expect(flat.statuses).toEqual([200]);
    expect(receiver.received[0]?.headers["x-bot-api-secret-token"]).toBe("secret-123");
    expect(receiver.received[0]?.body).toEqual(flat.update);

    const wrapped = await server.userSendsImage(minh, { useField: "photo", caption: "" }, { form: "wrapped" });
    const wrappedBody = receiver.received[1]?.body as { ok: boolean; result: ZaloUpdate };
    expect(wrappedBody).toEqual({ ok: true, result: wrapped.update });
    expect(wrappedBody.result.message?.photo).toMatch(/^https:/);

    const twice = await server.userSendsUnsupported(minh, { withoutMessage: true }, { twice: true });
    expect(twice.statuses).toEqual([200, 200]);
    expect(receiver.received.slice(2).map((item) => item.body)).toEqual([{ event_name: "message.unsupported.received" }, { event_name: "message.unsupported.received" }]);

    expect(await server.pushWebhookRaw(flat.update, { secret: "wrong-secret" })).toBe(403);
    expect(await server.pushWebhookRaw(flat.update, { secret: null })).toBe(403);
    expect((await callZalo(server, "deleteWebhook")).body.result.url).toBe("");
    expect((await callZalo(server, "getWebhookInfo")).body.result.url).toBe("");
  });

  it("builds image updates with photo_url by default and sticker updates", async () => {
    const server = await startZalo();
    const image = await server.userSendsImage(minh, { caption: "biển số" });
    expect(image.update.message).toMatchObject({ caption: "biển số", photo_url: expect.stringMatching(/^https:/) });
    expect(image.update.message?.photo).toBeUndefined();
    expect((await server.userSendsSticker(minh)).update.event_name).toBe("message.sticker.received");
    expect(server.queuedUpdates).toHaveLength(2);
    const waiting = server.waitForMessage(/Cảm ơn/, 1_000);
    await callZalo(server, "sendMessage", { chat_id: minh.id, text: "Cảm ơn bạn" });
    expect((await waiting).chat_id).toBe(minh.id);
  });
});
