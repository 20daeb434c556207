/**
 * The Zalo inbound pipeline and sender on a real database: stored before handling, de-duplicated
 * on message_id, typed numbers turned into choices from the list the chat shows (shared through
 * the database), failures replayed by the recovery pass, delivery failures classified.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOfferedChoicesStore, type OfferedChoicesStore } from "../../../bot/channels/zalo/offered-choices-store.ts";
import { createZaloClient } from "../../../bot/channels/zalo/zalo-client.ts";
import { createZaloInbound, type TZaloEventHandler } from "../../../bot/channels/zalo/zalo-inbound.ts";
import { createZaloSender } from "../../../bot/channels/zalo/zalo-sender.ts";
import { createSenderRateLimit } from "../../../bot/sender-rate-limit.ts";
import type { TInboundEvent } from "../../../bot/dialogs/inbound-event.ts";
import { findOrCreateCitizen } from "../../../core/citizens/find-or-create-citizen.ts";
import { createLogger } from "../../../core/config/logger.ts";
import { markInboundProcessed } from "../../../core/inbound/mark-inbound-update.ts";
import { DeliveryError } from "../../../core/outbox/outbox-types.ts";
import { systemClock } from "../../../core/time/clock.ts";
import { createTranslator } from "../../../locales/translator.ts";
import { buildZaloMessage } from "../../fakes/fake-zalo-wire.ts";
import { FakeZaloServer } from "../../fakes/fake-zalo.ts";
import { createTestDatabase, type TTestDatabase } from "../../support/test-database.ts";
import { sqlRunnerOf } from "../../../core/db/sql-runner.ts";

let db: TTestDatabase;
let choices: OfferedChoicesStore;
const translator = createTranslator();
const logger = createLogger("silent");
const menu = [
  { value: "m:tip", label: "🚨 Báo tin, tố giác" },
  { value: "m:question", label: "❓ Hỏi thủ tục" },
];

beforeAll(async () => {
  db = await createTestDatabase();
  choices = createOfferedChoicesStore(db.sql, db.box);
});
afterAll(async () => {
  await db?.dispose();
});

function pipeline(handle: TZaloEventHandler) {
  return createZaloInbound({
    prisma: db.prisma, sql: db.sql, box: db.box, clock: systemClock, logger, offeredChoices: choices,
    handleEvent: handle,
    answerUnsupported: async () => undefined,
  });
}

/** A handler that records events and marks them processed, as the dialogs do. */
function recorder() {
  const events: TInboundEvent[] = [];
  const handle: TZaloEventHandler = async (event, { inboundUpdateId }) => {
    await db.prisma.$transaction((tx) => markInboundProcessed(sqlRunnerOf(tx), inboundUpdateId, new Date()));
    events.push(event);
  };
  return { events, handle };
}

describe("Zalo inbound", () => {
  it("stores an update once, hands it over once, and drops the raw payload when processed", async () => {
    const { events, handle } = recorder();
    const inbound = pipeline(handle);
    const update = { event_name: "message.text.received", message: buildZaloMessage({ id: "chat-a", display_name: "A" }, { text: "Xin chào" }) };
    expect(await inbound.accept(update)).toBe("stored");
    expect(await inbound.accept(update)).toBe("duplicate");
    expect(await inbound.accept({ event_name: "message.unsupported.received" })).toBe("ignored");
    await inbound.drain();
    expect(events.map((event) => event.text)).toEqual(["Xin chào"]);
    const row = await db.prisma.inboundUpdate.findFirstOrThrow({ where: { channel: "zalo", updateKey: update.message.message_id } });
    expect(row).toMatchObject({ status: "processed", payloadEnc: "" });
  });

  it("drops a flooding sender's updates before storing them and warns them once", async () => {
    const { events, handle } = recorder();
    const warned: string[] = [];
    const inbound = createZaloInbound({
      prisma: db.prisma, sql: db.sql, box: db.box, clock: systemClock, logger, offeredChoices: choices,
      handleEvent: handle,
      answerUnsupported: async () => undefined,
      floodGuard: createSenderRateLimit({ limit: 3, windowMs: 60_000 }),
      warnTooFast: async (chatId) => void warned.push(chatId),
    });
    const flooder = { id: "chat-flood", display_name: "F" };
    const messages = Array.from({ length: 6 }, (_, index) => buildZaloMessage(flooder, { text: `spam ${index}` }));
    const results = [];
    for (const message of messages) results.push(await inbound.accept({ event_name: "message.text.received", message }));
    expect(await inbound.accept({ event_name: "message.text.received", message: buildZaloMessage({ id: "chat-calm", display_name: "C" }, { text: "Xin chào" }) })).toBe("stored");
    await inbound.drain();
    expect(results).toEqual(["stored", "stored", "stored", "limited", "limited", "limited"]);
    expect(warned).toEqual(["chat-flood"]);
    // Chats are handled concurrently: only each chat's own order is defined.
    expect(events.filter((event) => event.chatId === "chat-flood").map((event) => event.text)).toEqual(["spam 0", "spam 1", "spam 2"]);
    expect(events.filter((event) => event.chatId === "chat-calm").map((event) => event.text)).toEqual(["Xin chào"]);
    const stored = await db.prisma.inboundUpdate.count({ where: { channel: "zalo", updateKey: { in: messages.map((message) => message.message_id) } } });
    expect(stored).toBe(3);
  });

  it("turns '2' or a label into the choice the chat shows, from the database, and leaves other text alone", async () => {
    const { events, handle } = recorder();
    const inbound = pipeline(handle);
    const user = { id: "chat-b", display_name: "B" };
    // Another instance delivered the menu: the list lives in the database, not in this process.
    await createOfferedChoicesStore(db.sql, db.box).remember(user.id, menu, new Date());
    for (const text of ["2", "bao tin", "Tôi muốn hỏi", "7"]) await inbound.accept({ event_name: "message.text.received", message: buildZaloMessage(user, { text }) });
    await inbound.drain();
    expect(events.map((event) => [event.kind, event.choiceValue ?? event.text])).toEqual([
      ["choice", "m:question"],
      ["choice", "m:tip"],
      ["text", "Tôi muốn hỏi"],
      ["text", "7"],
    ]);
    const stored = await db.prisma.chatSession.findMany({ where: { key: { startsWith: "zalo-choices:" } } });
    expect(JSON.stringify(stored)).not.toContain("chat-b");
  });

  it("forgets the list once a message without choices is delivered, and ignores a list older than a day", async () => {
    await choices.remember("chat-c", menu, new Date());
    expect(await choices.recall("chat-c", new Date())).toHaveLength(2);
    expect(await choices.recall("chat-c", new Date(Date.now() + 25 * 3600_000))).toEqual([]);
    await choices.remember("chat-c", [], new Date());
    expect(await choices.recall("chat-c", new Date())).toEqual([]);
    await choices.remember("chat-old", menu, new Date(Date.now() - 2 * 24 * 3600_000));
    expect(await choices.prune(new Date())).toBe(1);
    expect(await choices.recall("chat-c", new Date())).toEqual([]);
  });

  it("keeps order within a chat and replays a failed update in the recovery pass", async () => {
    let isBroken = true;
    const { events, handle } = recorder();
    const inbound = pipeline(async (event, ids) => {
      if (isBroken && event.text === "hỏng") throw new Error("dialog bug");
      await handle(event, ids);
    });
    const user = { id: "chat-d", display_name: "D" };
    for (const text of ["một", "hỏng", "ba"]) await inbound.accept({ event_name: "message.text.received", message: buildZaloMessage(user, { text }) });
    await inbound.drain();
    expect(events.map((event) => event.text)).toEqual(["một", "ba"]);
    isBroken = false;
    expect(await inbound.recover(0)).toBe(1);
    expect(events.map((event) => event.text)).toEqual(["một", "ba", "hỏng"]);
  });
});

describe("Zalo sender", () => {
  let fake: FakeZaloServer;
  afterEach(async () => {
    await fake?.stop();
  });

  async function sender() {
    fake = new FakeZaloServer();
    await fake.start();
    const client = createZaloClient({ token: fake.token, apiRoot: fake.url });
    return createZaloSender({ client, prisma: db.prisma, box: db.box, clock: systemClock, offeredChoices: choices, translate: (language) => translator.t(language) });
  }

  it("numbers choices in the citizen's language and remembers them for the typed answer", async () => {
    const send = await sender();
    await db.prisma.$transaction((tx) => findOrCreateCitizen(sqlRunnerOf(tx), db.box, { channel: "zalo", channelUserId: "chat-en", chatId: "chat-en", language: "en" }, new Date()));
    const { channelMessageId } = await send.send("chat-en", { text: "What now?", choices: menu });
    expect(channelMessageId).toMatch(/^[0-9a-f]{20}$/);
    expect(fake.sentMessages("chat-en")[0]?.text).toBe("What now?\n\n1. 🚨 Báo tin, tố giác\n2. ❓ Hỏi thủ tục\n\n👉 Type a number 1–2 or type the words");
    expect(await choices.recall("chat-en", new Date())).toEqual(menu);
    await send.send("chat-en", { text: "Thanks." });
    expect(await choices.recall("chat-en", new Date())).toEqual([]);
  });

  it("raises the quota alarm once, not for every refused message", async () => {
    fake = new FakeZaloServer({ quota: 0 });
    await fake.start();
    const alarms: string[] = [];
    const send = createZaloSender({
      client: createZaloClient({ token: fake.token, apiRoot: fake.url }),
      prisma: db.prisma, box: db.box, clock: systemClock, offeredChoices: choices, translate: (language) => translator.t(language),
      onQuotaExceeded: (description) => alarms.push(description),
    });
    for (let index = 0; index < 3; index++) await expect(send.send("chat-q", { text: "x" })).rejects.toMatchObject({ kind: "quota" });
    expect(alarms).toEqual(["Quota exceeded"]);
  });

  it("classifies failures: quota, refused, transient", async () => {
    const send = await sender();
    const failure = async (payload = { text: "x" }) => {
      try {
        await send.send("chat-f", payload);
      } catch (error) {
        return error as DeliveryError;
      }
      throw new Error("expected a failure");
    };
    fake.failNext("sendMessage", { error_code: 429, description: "Quota exceeded" });
    expect(await failure()).toMatchObject({ kind: "quota", message: expect.stringContaining("Zalo quota exceeded") });
    fake.failNext("sendMessage", { error_code: 403 });
    expect((await failure()).kind).toBe("permanent");
    fake.failNext("sendMessage", { error_code: 400 });
    expect((await failure()).kind).toBe("permanent");
    fake.failNext("sendMessage", { error_code: 502 });
    expect((await failure()).kind).toBe("retryable");
    fake.failNext("sendMessage", { error_code: 401 });
    expect(await failure()).toMatchObject({ kind: "permanent", message: expect.stringContaining("ZALO_BOT_TOKEN") });
    const url = fake.url;
    await fake.stop();
    const offline = createZaloSender({
      client: createZaloClient({ token: "1:SecretThatMustNotLeak", apiRoot: url, timeoutMs: 1000 }),
      prisma: db.prisma, box: db.box, clock: systemClock, offeredChoices: choices, translate: (language) => translator.t(language),
    });
    const network = await offline.send("chat-f", { text: "x" }).catch((error: unknown) => error as DeliveryError);
    expect(network).toMatchObject({ kind: "retryable" });
    expect((network as DeliveryError).message).not.toContain("SecretThatMustNotLeak");
  });
});
