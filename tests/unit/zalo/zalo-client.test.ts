/**
 * Our Zalo client against the fake Zalo Bot API on 127.0.0.1: envelopes decide, not HTTP statuses;
 * 408 means "no update"; bad token and quota are typed; the token never shows in an error.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createZaloClient, type ZaloClient } from "../../../bot/channels/zalo/zalo-client.ts";
import { redactToken, ZaloApiError, ZaloNetworkError, ZaloQuotaError, ZaloUnauthorizedError } from "../../../bot/channels/zalo/zalo-errors.ts";
import { FakeZaloServer, type FakeZaloOptions, type FakeZaloUser } from "../../fakes/fake-zalo.ts";

const lan: FakeZaloUser = { id: "7f3a9c2e1b4d5a6f", display_name: "Lan" };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: FakeZaloOptions = {}, token?: string): Promise<{ server: FakeZaloServer; client: ZaloClient }> {
  const server = new FakeZaloServer({ maxPollHoldMs: 200, ...options });
  await server.start();
  cleanups.push(() => server.stop());
  const client = createZaloClient({ token: token ?? server.token, apiRoot: `${server.url}/` });
  cleanups.push(() => client.close());
  return { server, client };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
}

describe("Zalo client", () => {
  it("identifies the bot and sends text, photos, stickers and chat actions as POST JSON", async () => {
    const { server, client } = await setUp();
    expect(await client.getMe()).toMatchObject({ account_name: "Bot LangNghe Test" });
    const sent = await client.sendMessage({ chatId: lan.id, text: "Xin chào" });
    expect(sent.message_id).toMatch(/^[0-9a-f]{20}$/);
    await client.sendPhoto({ chatId: lan.id, photo: "https://example.org/a.jpg", caption: "Ảnh" });
    await client.sendSticker({ chatId: lan.id, sticker: "abc" });
    await client.sendChatAction({ chatId: lan.id });
    expect(server.sentMessages(lan.id).map((message) => message.method)).toEqual(["sendMessage", "sendPhoto", "sendSticker"]);
    expect(server.calls("sendChatAction")).toEqual([{ chat_id: lan.id, action: "typing" }]);
  });

  it("treats the 408 at the end of a poll as 'no update', with HTTP 408 or 200", async () => {
    for (const timeoutHttpStatus of [408, 200] as const) {
      const { client } = await setUp({ timeoutHttpStatus });
      expect(await client.getUpdates({ timeoutSeconds: 1 })).toEqual([]);
    }
  });

  it("gets one update per poll, in order", async () => {
    const { server, client } = await setUp();
    await server.userSendsText(lan, "một");
    await server.userSendsImage(lan, { useField: "photo", caption: "" });
    const [first] = await client.getUpdates({ timeoutSeconds: 1 });
    const [second] = await client.getUpdates({ timeoutSeconds: 1 });
    expect(first).toMatchObject({ event_name: "message.text.received", message: { text: "một", chat: { id: lan.id } } });
    expect(second?.message?.photo).toMatch(/^https:/);
  });

  it("types a bad token (401) and a used-up quota (429), deciding from the body even under HTTP 200", async () => {
    for (const errorsWithHttp200 of [false, true]) {
      const { client } = await setUp({ errorsWithHttp200, quota: 1 }, "999:WrongSecretThatMustNotLeak");
      const error = await failure(client.getMe());
      expect(error).toBeInstanceOf(ZaloUnauthorizedError);
      expect((error as ZaloApiError).code).toBe(401);
      const { client: good } = await setUp({ errorsWithHttp200, quota: 1 });
      await good.sendMessage({ chatId: lan.id, text: "một" });
      const quota = await failure(good.sendMessage({ chatId: lan.id, text: "hai" }));
      expect(quota).toBeInstanceOf(ZaloQuotaError);
      expect((quota as ZaloQuotaError).description).toBe("Quota exceeded");
    }
  });

  it("reports other refusals with their code: a text over 2,000 characters is a 400", async () => {
    const { server, client } = await setUp();
    const error = await failure(client.sendMessage({ chatId: lan.id, text: "x".repeat(2001) }));
    expect(error).toBeInstanceOf(ZaloApiError);
    expect((error as ZaloApiError).code).toBe(400);
    server.failNext("sendMessage", { error_code: 500 });
    const transient = (await failure(client.sendMessage({ chatId: lan.id, text: "a" }))) as ZaloApiError;
    expect(transient.isTransient).toBe(true);
  });

  it("getWebhookInfo answers an empty url when none was ever set (Zalo says 404), and follows set/delete", async () => {
    const { client } = await setUp();
    expect(await client.getWebhookInfo()).toMatchObject({ url: "" });
    await client.setWebhook({ url: "https://example.org/webhooks/zalo", secretToken: "secret-123456" });
    expect(await client.getWebhookInfo()).toMatchObject({ url: "https://example.org/webhooks/zalo" });
    const refused = (await failure(client.getUpdates({ timeoutSeconds: 1 }))) as ZaloApiError;
    expect(refused.code).toBe(400);
    await client.deleteWebhook();
    expect(await client.getWebhookInfo()).toMatchObject({ url: "" });
  });

  it("never puts the token in an error message, even for network failures", async () => {
    const token = "1234567:VerySecretTokenValue";
    const { server } = await setUp({ tokens: [token] });
    const url = server.url;
    await server.stop();
    const client = createZaloClient({ token, apiRoot: url, timeoutMs: 2000 });
    cleanups.push(() => client.close());
    const error = await failure(client.getMe());
    expect(error).toBeInstanceOf(ZaloNetworkError);
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain("VerySecretTokenValue");
    const wrong = createZaloClient({ token: "1:AnotherSecret", apiRoot: "http://127.0.0.1:9/", timeoutMs: 500 });
    cleanups.push(() => wrong.close());
    const refused = await failure(wrong.sendMessage({ chatId: "x", text: "y" }));
    expect(JSON.stringify({ message: refused.message, stack: refused.stack, error: refused })).not.toContain("AnotherSecret");
    expect(redactToken(`POST ${url}/bot${token}/getMe`, token)).toBe(`POST ${url}/bot<token>/getMe`);
  });

  it("aborts a held poll at once", async () => {
    const { client } = await setUp({ maxPollHoldMs: 30_000 });
    const aborter = new AbortController();
    const started = Date.now();
    const poll = failure(client.getUpdates({ timeoutSeconds: 30 }, { signal: aborter.signal }));
    setTimeout(() => aborter.abort(), 100);
    const error = (await poll) as ZaloNetworkError;
    expect(error.isAborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
