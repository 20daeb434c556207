/**
 * A long answer is sent as several chat messages. When a later part fails, the retry must send
 * only the parts the citizen has not received — through the real channel senders, the real
 * outbox and database, against the fake Bot API and Zalo servers.
 */
import { Api } from "grammy";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../bot/channels/telegram/telegram-sender.ts";
import { createOfferedChoicesStore } from "../../bot/channels/zalo/offered-choices-store.ts";
import { createZaloClient } from "../../bot/channels/zalo/zalo-client.ts";
import { createZaloSender } from "../../bot/channels/zalo/zalo-sender.ts";
import { deliverOutboxBatch, retryOutboxMessage, type TOutboxDeps } from "../../core/outbox/deliver-outbox.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { enqueueOutbox } from "../../core/outbox/enqueue-outbox.ts";
import type { OutboxSender } from "../../core/outbox/outbox-types.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTranslator } from "../../locales/translator.ts";
import { FakeTelegramServer } from "../fakes/fake-telegram.ts";
import { FakeZaloServer } from "../fakes/fake-zalo.ts";
import { createTestDatabase, type TTestDatabase } from "../support/test-database.ts";

const silent = { warn() {}, error() {}, debug() {} };
const clock = fixedClock(new Date("2026-11-22T08:00:00Z"));

/** Numbered paragraphs, so each part's content can be told apart. */
function longAnswer(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, index) => `Đoạn ${index + 1}: ${"hướng dẫn thủ tục ".repeat(20).trim()}.`).join("\n");
}

let db: TTestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
});
beforeEach(async () => {
  await db.prisma.outboxMessage.deleteMany();
});

async function queue(channel: "telegram" | "zalo", chatId: string, text: string): Promise<string> {
  const row = await db.prisma.$transaction((tx) => enqueueOutbox(sqlRunnerOf(tx), db.box, { channel, chatId, payload: { text } }, clock.now()));
  return row.id;
}

function outboxDeps(channel: "telegram" | "zalo", sender: OutboxSender): TOutboxDeps {
  return { prisma: db.prisma, sql: db.sql, box: db.box, clock, senders: { [channel]: sender }, log: silent };
}

/** Every paragraph of the answer arrived exactly once, in order. */
function expectWholeOnce(parts: string[], paragraphs: number) {
  const seen = parts.join("\n").match(/Đoạn \d+:/g) ?? [];
  expect(seen).toEqual(Array.from({ length: paragraphs }, (_, index) => `Đoạn ${index + 1}:`));
}

/** Runs the outbox until nothing is due, moving the clock past any backoff. */
async function drain(deps: TOutboxDeps) {
  for (let round = 0; round < 10; round += 1) {
    await deliverOutboxBatch(deps);
    clock.advance(15 * 60_000);
  }
}

describe("a split answer that fails part-way", () => {
  let telegram: FakeTelegramServer | undefined;
  let zalo: FakeZaloServer | undefined;
  afterEach(async () => {
    await telegram?.stop();
    await zalo?.stop();
    telegram = zalo = undefined;
  });

  it("on Telegram, a 502 on the second part is retried from the second part", async () => {
    telegram = new FakeTelegramServer();
    await telegram.start();
    const sender = createTelegramSender(new Api(telegram.token, { apiRoot: telegram.url }));
    const text = longAnswer(40);
    const id = await queue("telegram", "5001", text);
    telegram.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" }, 1, 1);
    await drain(outboxDeps("telegram", sender));
    const parts = telegram.sentMessages("5001").map((message) => String(message.text));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expectWholeOnce(parts, 40);
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", partsSent: 1 });
  });

  it("on Zalo, a quota refusal after the first part leaves it failed; the officer's retry sends only the rest", async () => {
    zalo = new FakeZaloServer({ quota: 1 });
    await zalo.start();
    const translator = createTranslator();
    const sender = createZaloSender({
      client: createZaloClient({ token: zalo.token, apiRoot: zalo.url }),
      prisma: db.prisma,
      box: db.box,
      clock,
      offeredChoices: createOfferedChoicesStore(db.sql, db.box),
      translate: (language) => translator.t(language),
    });
    const text = longAnswer(30);
    const id = await queue("zalo", "zalo-chat-1", text);
    const deps = outboxDeps("zalo", sender);
    await drain(deps);
    expect(zalo.sentMessages("zalo-chat-1")).toHaveLength(1);
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", partsSent: 1 });

    zalo.quota = Number.POSITIVE_INFINITY;
    await retryOutboxMessage(db.prisma, id, clock.now());
    await drain(deps);
    const parts = zalo.sentMessages("zalo-chat-1").map((message) => message.text ?? "");
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expectWholeOnce(parts, 30);
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent" });
  });
});
