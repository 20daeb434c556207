import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleInboundEvent } from "../../bot/dialogs/handle-inbound-event.ts";
import type { TInboundEvent } from "../../bot/dialogs/inbound-event.ts";
import type { TDialogDeps } from "../../bot/dialogs/turn.ts";
import { createUnderstandingResources } from "../../bot/dialogs/understanding-resources.ts";
import { citizenLookupHash } from "../../core/citizens/find-or-create-citizen.ts";
import { createLogger } from "../../core/config/logger.ts";
import { recipientKeyOf } from "../../core/outbox/enqueue-outbox.ts";
import { InboundAlreadyProcessedError } from "../../core/inbound/mark-inbound-update.ts";
import { MAX_INBOUND_ATTEMPTS, recoverInboundUpdates } from "../../core/inbound/recover-inbound-updates.ts";
import { storeInboundUpdate } from "../../core/inbound/store-inbound-update.ts";
import type { TOutgoingPayload } from "../../core/outbox/outbox-types.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTranslator } from "../../locales/translator.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

let db: TTestDatabase;
let deps: TDialogDeps;
const clock = fixedClock(new Date("2026-11-20T03:00:00Z"));

beforeAll(async () => {
  db = await createSeededTestDatabase();
  deps = {
    prisma: db.prisma,
    sql: db.sql,
    box: db.box,
    clock,
    logger: createLogger("silent"),
    translator: createTranslator(),
    resources: createUnderstandingResources(db.prisma, clock),
    wakeOutbox: () => undefined,
  };
}, 120_000);
afterAll(async () => {
  await db?.dispose();
}, 120_000);

const zalo = (chatId: string, event: Partial<TInboundEvent>): TInboundEvent => ({ channel: "zalo", chatId, userId: chatId, displayName: "Thu", languageCode: "vi", kind: "text", ...event });

/** The payloads queued for a chat so far, oldest first. */
async function queued(): Promise<TOutgoingPayload[]> {
  const rows = await db.prisma.outboxMessage.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => row.payload as unknown as TOutgoingPayload);
}

describe("the dialogs are channel-neutral", () => {
  it("runs a tip over another channel with numbered answers and stores it in one transaction per event", async () => {
    const say = async (event: Partial<TInboundEvent>) => {
      clock.advance(1000);
      await handleInboundEvent(deps, zalo("z-1", event));
      return (await queued()).at(-1)!;
    };
    expect((await say({ kind: "command", command: "start" })).choices?.[0]?.value).toBe("consent");
    expect((await say({ kind: "text", text: "1" })).text).toContain("Bạn muốn làm gì");
    expect((await say({ kind: "text", text: "1" })).text).toContain("mô tả sự việc");
    expect((await say({ kind: "text", text: "Có kẻ trộm chó ở thôn Đoài, xã Lâm Thao" })).text).toContain("ảnh, video");
    expect((await say({ kind: "photo", file: { fileId: "zalo-photo-url" } })).text).toContain("Đã nhận 1 tệp");
    expect((await say({ kind: "text", text: "1" })).requestLocation).toBe(true);
    expect((await say({ kind: "text", text: "3" })).text).toContain("ẩn danh");
    expect((await say({ kind: "text", text: "1" })).text).toContain("Kiểm tra lại");
    const done = await say({ kind: "text", text: "1" });
    expect(done.text).toMatch(/Mã phiếu: TG-\d\d-\d{6}/);
    const ticket = await db.prisma.ticket.findFirstOrThrow({ where: { channel: "zalo" }, include: { ward: true, category: true } });
    expect(ticket.category.code).toBe("tip.theft_robbery");
    expect(ticket.ward?.code).toBe("X-LAMTHAO");
    expect(ticket.isAnonymous).toBe(true);
    // Tips: a decision within 20 calendar days (end of the last day, Vietnam time).
    expect(ticket.dueAt!.getTime() - ticket.createdAt.getTime()).toBeGreaterThan(19 * 86_400_000);
  });
});

describe("concurrent events of one chat", () => {
  it("handles a burst from a brand-new citizen one after the other, with one citizen row", async () => {
    const burst = Array.from({ length: 5 }, (_, index) => handleInboundEvent(deps, zalo("z-burst", { kind: "text", text: `tin nhắn ${index}` })));
    await Promise.all(burst);
    const citizens = await db.prisma.citizen.count({ where: { channelUserIdHash: citizenLookupHash(db.box, "zalo", "z-burst") } });
    expect(citizens).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { recipientKey: recipientKeyOf(db.box, "zalo", "z-burst") } })).toBe(5);
  });
});

describe("inbound updates: stored first, once, replayed when processing failed", () => {
  it("stores an update once per (channel, key)", async () => {
    const first = await storeInboundUpdate(db.sql, db.box, { channel: "telegram", updateKey: "9001", payload: { update_id: 9001 } }, clock.now());
    const again = await storeInboundUpdate(db.sql, db.box, { channel: "telegram", updateKey: "9001", payload: { update_id: 9001 } }, clock.now());
    const otherChannel = await storeInboundUpdate(db.sql, db.box, { channel: "zalo", updateKey: "9001", payload: {} }, clock.now());
    expect(first.isDuplicate).toBe(false);
    expect(again.isDuplicate).toBe(true);
    expect(otherChannel.isDuplicate).toBe(false);
    const row = await db.prisma.inboundUpdate.findUniqueOrThrow({ where: { id: first.id! } });
    expect(row.payloadEnc).not.toContain("9001");
    expect(JSON.parse(db.box.decrypt(row.payloadEnc))).toEqual({ update_id: 9001 });
  });

  it("replays a stored-but-unprocessed update through the dialog, and never twice", async () => {
    const event = zalo("z-2", { kind: "command", command: "start" });
    const stored = await storeInboundUpdate(db.sql, db.box, { channel: "zalo", updateKey: "replay-1", payload: event }, clock.now());
    clock.advance(60_000);
    const replayed = await recoverInboundUpdates(db.prisma, db.box, { channel: "zalo", now: clock.now(), olderThanMs: 30_000 }, (id, payload) =>
      handleInboundEvent(deps, payload as TInboundEvent, { inboundId: id }).then(() => undefined),
    );
    expect(replayed).toBeGreaterThanOrEqual(1);
    const row = await db.prisma.inboundUpdate.findUniqueOrThrow({ where: { id: stored.id! } });
    expect(row.status).toBe("processed");
    expect(row.payloadEnc).toBe("");
    await expect(handleInboundEvent(deps, event, { inboundId: stored.id! })).rejects.toBeInstanceOf(InboundAlreadyProcessedError);
  });

  it("records failures and stops retrying after the limit", async () => {
    const stored = await storeInboundUpdate(db.sql, db.box, { channel: "zalo", updateKey: "broken-1", payload: {} }, clock.now());
    clock.advance(60_000);
    for (let pass = 0; pass < MAX_INBOUND_ATTEMPTS + 2; pass += 1) {
      await recoverInboundUpdates(db.prisma, db.box, { channel: "zalo", now: clock.now(), olderThanMs: 30_000 }, async () => {
        throw new Error("dialog bug");
      });
    }
    const row = await db.prisma.inboundUpdate.findUniqueOrThrow({ where: { id: stored.id! } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_INBOUND_ATTEMPTS);
    expect(row.lastError).toContain("dialog bug");
  });
});
