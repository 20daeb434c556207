import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type TDatabase } from "../../core/db/open-database.ts";
import { deliverOutboxBatch, MAX_DELIVERY_ATTEMPTS, type TOutboxDeps } from "../../core/outbox/deliver-outbox.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { enqueueOutbox } from "../../core/outbox/enqueue-outbox.ts";
import { DeliveryError, type OutboxSender, type TOutgoingPayload } from "../../core/outbox/outbox-types.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTestDatabase, type TTestDatabase } from "../support/test-database.ts";

const silent = { warn() {}, error() {}, debug() {} };

/** Every send of every worker, in the order they happened. */
const sendLog: { chatId: string; text: string }[] = [];

function recordingSender(delayMs = 0) {
  const sent: { chatId: string; text: string }[] = [];
  const sender: OutboxSender = {
    async send(chatId: string, payload: TOutgoingPayload) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      sent.push({ chatId, text: payload.text });
      sendLog.push({ chatId, text: payload.text });
      return { channelMessageId: `m${sent.length}` };
    },
  };
  return { sent, sender };
}

describe("outbox", () => {
  let db: TTestDatabase;
  let second: TDatabase;
  const clock = fixedClock(new Date("2026-11-22T08:00:00Z"));

  beforeAll(async () => {
    db = await createTestDatabase();
    // A second instance: its own pool on PostgreSQL; PGlite is one process, so the same database.
    second = db.url ? await openDatabase({ kind: "postgres", url: db.url }, { poolSize: 5 }) : db;
  });
  afterAll(async () => {
    if (second !== db) await second.close();
    await db.dispose();
  });
  beforeEach(async () => {
    await db.prisma.outboxMessage.deleteMany();
  });

  const deps = (database: TDatabase, sender: OutboxSender): TOutboxDeps => ({
    prisma: database.prisma,
    sql: database.sql,
    box: db.box,
    clock,
    senders: { telegram: sender },
    log: silent,
  });

  async function enqueue(chats: number, perChat: number) {
    await db.prisma.$transaction(async (tx) => {
      for (let index = 0; index < perChat; index += 1) {
        for (let chat = 0; chat < chats; chat += 1) {
          await enqueueOutbox(sqlRunnerOf(tx), db.box, { channel: "telegram", chatId: `chat-${chat}`, payload: { text: `${chat}:${index}` } }, new Date(clock.now().getTime() + index));
        }
      }
    });
    clock.advance(perChat);
  }

  it("is claimed by two concurrent workers without double delivery, keeping each chat's order", async () => {
    await enqueue(20, 10);
    const a = recordingSender(1);
    const b = recordingSender(1);
    const drain = async (worker: TOutboxDeps) => {
      let idle = 0;
      while (idle < 3) idle = (await deliverOutboxBatch(worker, 5)) === 0 ? idle + 1 : 0;
    };
    await Promise.all([drain(deps(db, a.sender)), drain(deps(second, b.sender))]);
    const all = [...a.sent, ...b.sent];
    expect(all).toHaveLength(200);
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    expect(new Set(all.map((message) => message.text)).size).toBe(200);
    for (let chat = 0; chat < 20; chat += 1) {
      const order = sendLog
        .filter((message) => message.chatId === `chat-${chat}`)
        .map((message) => Number(message.text.split(":")[1]));
      expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    expect(await db.prisma.outboxMessage.count({ where: { status: "sent" } })).toBe(200);
    const encrypted = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(encrypted.chatIdEnc).not.toContain("chat-");
  });

  it("delivers one chat's messages strictly in order, holding later ones behind a retry", async () => {
    await enqueue(1, 3);
    let attempts = 0;
    const delivered: string[] = [];
    const flaky: OutboxSender = {
      async send(_chatId, payload) {
        attempts += 1;
        if (attempts === 1) throw new DeliveryError("retryable", "429: Too Many Requests", 5_000);
        delivered.push(payload.text);
        return { channelMessageId: "x" };
      },
    };
    const worker = deps(db, flaky);
    await deliverOutboxBatch(worker);
    expect(delivered).toEqual([]);
    const waiting = await db.prisma.outboxMessage.findFirstOrThrow({ where: { lastError: { not: null } } });
    expect(waiting.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 5_000);
    clock.advance(5_000);
    while ((await deliverOutboxBatch(worker)) > 0);
    expect(delivered).toEqual(["0:0", "0:1", "0:2"]);
  });

  it("marks a permanent failure failed at once, and gives up on transient ones after the limit", async () => {
    const message = await db.prisma.message.create({ data: { direction: "out", text: "answer", deliveryStatus: "pending" } });
    await db.prisma.$transaction((tx) =>
      enqueueOutbox(sqlRunnerOf(tx), db.box, { channel: "telegram", chatId: "blocked", payload: { text: "answer" }, messageId: message.id }, clock.now()),
    );
    const blocked: OutboxSender = { send: () => Promise.reject(new DeliveryError("permanent", "403: Forbidden: bot was blocked by the user")) };
    await deliverOutboxBatch(deps(db, blocked));
    const failed = await db.prisma.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(failed.deliveryStatus).toBe("failed");
    expect(failed.deliveryError).toContain("blocked");

    await db.prisma.$transaction((tx) => enqueueOutbox(sqlRunnerOf(tx), db.box, { channel: "telegram", chatId: "down", payload: { text: "x" } }, clock.now()));
    const down: OutboxSender = { send: () => Promise.reject(new Error("502 Bad Gateway")) };
    for (let attempt = 0; attempt < MAX_DELIVERY_ATTEMPTS + 2; attempt += 1) {
      await deliverOutboxBatch(deps(db, down));
      clock.advance(11 * 60_000);
    }
    const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { lastError: "502 Bad Gateway" } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
  });

  it("shows a quota error plainly instead of retrying forever", async () => {
    await db.prisma.$transaction((tx) => enqueueOutbox(sqlRunnerOf(tx), db.box, { channel: "telegram", chatId: "q", payload: { text: "x" } }, clock.now()));
    const quota: OutboxSender = { send: () => Promise.reject(new DeliveryError("quota", "Quota exceeded")) };
    await deliverOutboxBatch(deps(db, quota));
    const row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(row.lastError).toBe("QUOTA_EXCEEDED: Quota exceeded");
  });
});
