/**
 * The Zalo webhook, end to end: the product registers POST /webhooks/zalo with its secret at start,
 * and the fake Zalo pushes updates to it flat and wrapped, twice, without `message`, or with a
 * wrong secret. Outgoing answers: split at 2,000 characters, retried on a 5xx, and a used-up
 * quota marks the officer's reply failed with a plain reason instead of retrying.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TZaloChannel } from "../../bot/channels/zalo/create-zalo-channel.ts";
import { storeInboundUpdate } from "../../core/inbound/store-inbound-update.ts";
import { replyToTicket } from "../../core/tickets/reply-to-ticket.ts";
import { buildZaloMessage } from "../fakes/fake-zalo-wire.ts";
import { startZaloHarness, WEBHOOK_SECRET, type TZaloHarness, type ZaloCitizen } from "./zalo-support.ts";

let harness: TZaloHarness;
let nextUser = 0;
const citizen = (name = "Mai") => harness.citizen({ id: `whuser${Date.now().toString(16)}${nextUser++}`, display_name: name });
const codeIn = (text: string) => /((?:TG|HT|PA)-\d{2}-\d{6})/.exec(text)?.[1] ?? "";

beforeAll(async () => {
  harness = await startZaloHarness({ mode: "webhook" });
});
afterAll(async () => {
  await harness?.stop();
});

const prisma = () => harness.app.deps.db.prisma;

async function agreed(person: ZaloCitizen): Promise<void> {
  await person.say("/start", "1. ✅ Đồng ý");
  await person.say("1", "1. 🚨 Báo tin, tố giác");
}

/** A citizen with an open question ticket ("Cần cán bộ trả lời"), returning its code. */
async function openTicket(person: ZaloCitizen): Promise<string> {
  await agreed(person);
  await person.say("3", "góp ý hay phản ánh");
  await person.say("1", "Hãy viết nội dung");
  await person.say("Nên lắp thêm đèn ở ngã tư gần trường học", "gõ thêm đơn vị");
  return codeIn(await person.say("1", "Mã phiếu"));
}

async function officerAnswers(code: string, text: string) {
  const admin = await prisma().staffUser.findFirstOrThrow({ where: { role: "admin" } });
  const actor = { id: admin.id, username: admin.username, displayName: admin.displayName, role: admin.role, unitId: admin.unitId };
  const deps = harness.app.deps;
  return replyToTicket(actor, { code, text }, { prisma: deps.db.prisma, clock: deps.clock, box: deps.box, wakeOutbox: deps.wakeOutbox });
}

describe("Zalo webhook", () => {
  it("is registered at start with our secret", () => {
    expect(harness.fake.webhook.url).toBe(`${harness.baseUrl}/webhooks/zalo`);
    expect(harness.fake.webhook.secretToken).toBe(WEBHOOK_SECRET);
    expect(harness.app.channels[0]?.describe()).toContain("webhook");
  });

  it("accepts flat and wrapped bodies alike", async () => {
    const flat = citizen();
    const wrapped = citizen();
    const flatPush = await harness.fake.userSendsText(flat.user, "/start", { form: "flat" });
    const wrappedPush = await harness.fake.userSendsText(wrapped.user, "/start", { form: "wrapped" });
    expect([...flatPush.statuses, ...wrappedPush.statuses]).toEqual([200, 200]);
    await flat.answers("Thông báo về dữ liệu cá nhân");
    await wrapped.answers("Thông báo về dữ liệu cá nhân");
  });

  it("stores an update delivered twice once: one message, one answer", async () => {
    const lan = citizen();
    await agreed(lan);
    const push = await harness.fake.userSendsText(lan.user, "2", { twice: true });
    expect(push.statuses).toEqual([200, 200]);
    await lan.answers("Bạn cần hỏi thủ tục gì?");
    await harness.fake.deliverDuplicate({ form: "wrapped" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lan.all().filter((message) => message.text?.includes("Bạn cần hỏi thủ tục gì?"))).toHaveLength(1);
    const key = push.update.message!.message_id;
    expect(await prisma().inboundUpdate.count({ where: { channel: "zalo", updateKey: key } })).toBe(1);

    const question = "Đăng ký thường trú cho con mới sinh cần giấy tờ gì?";
    expect((await harness.fake.userSendsText(lan.user, question, { twice: true })).statuses).toEqual([200, 200]);
    await lan.answers("đã giúp được bạn chưa");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await prisma().message.count({ where: { text: question } })).toBe(1);
    expect(lan.all().filter((message) => message.text?.includes("đã giúp được bạn chưa"))).toHaveLength(1);
  });

  it("replays an update a previous run stored but never handled", async () => {
    const khoa = citizen("Khoa");
    const update = { event_name: "message.text.received", message: buildZaloMessage(khoa.user, { text: "/start" }) };
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await storeInboundUpdate(harness.app.deps.db.sql, harness.app.deps.box, { channel: "zalo", updateKey: update.message.message_id, payload: update }, twoMinutesAgo);
    const channel = harness.app.channels.find((candidate) => candidate.name === "zalo") as TZaloChannel;
    expect(await channel.inbound.recover()).toBe(1);
    await khoa.answers("Thông báo về dữ liệu cá nhân");
    expect(await prisma().inboundUpdate.findFirstOrThrow({ where: { updateKey: update.message.message_id } })).toMatchObject({ status: "processed" });
  });

  it("refuses a wrong or missing secret with 403 and stores nothing", async () => {
    const body = { event_name: "message.text.received", message: buildZaloMessage({ id: "intruder", display_name: "X" }, { text: "/start" }) };
    expect(await harness.fake.pushWebhookRaw(body, { secret: "not-the-secret" })).toBe(403);
    expect(await harness.fake.pushWebhookRaw(body, { secret: null })).toBe(403);
    expect(await prisma().inboundUpdate.count({ where: { updateKey: body.message.message_id } })).toBe(0);
    expect(harness.fake.sentMessages("intruder")).toEqual([]);
  });

  it("acknowledges an event without message, and a body it cannot read, without answering", async () => {
    expect(await harness.fake.pushWebhookRaw({ event_name: "message.unsupported.received" })).toBe(200);
    expect(await harness.fake.pushWebhookRaw({ something: "else" })).toBe(200);
    expect(await harness.fake.pushWebhookRaw("{not json")).toBe(400);
  });

  it("keeps images sent as `photo` (docs) and as `photo_url` (live), and voice notes, by their URL", async () => {
    const hung = citizen("Hùng");
    await agreed(hung);
    await hung.say("1", "Hãy mô tả sự việc");
    const docs = await harness.fake.userSendsImage(hung.user, { useField: "photo", caption: "" });
    await hung.answers("Đã nhận 1 tệp");
    const live = await harness.fake.userSendsImage(hung.user, { useField: "photo_url", caption: "Biển số xe" });
    await hung.answers("Đã nhận 2 tệp");
    const voice = await harness.fake.userSendsVoice(hung.user, "https://voice-aac.zadn.vn/fake/tiep-theo.aac");
    await hung.answers("Đã nhận 3 tệp");
    const urls = [docs.update.message!.photo!, live.update.message!.photo_url!, voice.update.message!.voice_url!];
    const stored = await prisma().attachment.findMany({ where: { OR: [{ url: { in: urls } }, { channelFileId: { in: urls } }] }, orderBy: { createdAt: "asc" } });
    expect(stored.map((attachment) => attachment.kind).sort()).toEqual(["photo", "photo", "voice"]);
  });

  it("splits a long officer answer into pieces of at most 2,000 characters, in order", async () => {
    const an = citizen("An");
    const code = await openTicket(an);
    const paragraph = "Về kiến nghị của bạn, Công an phường đã phối hợp với Ủy ban nhân dân phường khảo sát hiện trường.";
    const long = Array.from({ length: 45 }, (_, index) => `${index + 1}. ${paragraph}`).join("\n");
    await officerAnswers(code, long);
    await an.answers(/^45\. /m);
    const pieces = an.all().filter((message) => /^\d+\. Về kiến nghị/.test(message.text ?? ""));
    expect(pieces.length).toBe(Math.ceil(long.length / 2000));
    for (const piece of pieces) expect(piece.text!.length).toBeLessThanOrEqual(2000);
    expect(pieces.map((piece) => piece.text).join("\n")).toBe(long);
  });

  it("retries an answer after a Zalo 5xx and delivers it", async () => {
    const binh = citizen("Bình");
    const code = await openTicket(binh);
    harness.fake.failNext("sendMessage", { error_code: 500 });
    const { messageId } = await officerAnswers(code, "Chúng tôi đã tiếp nhận và đang xác minh.");
    await binh.answers("đang xác minh", 10_000);
    await expect.poll(async () => (await prisma().message.findUniqueOrThrow({ where: { id: messageId } })).deliveryStatus, { timeout: 5000 }).toBe("sent");
    const outbox = await prisma().outboxMessage.findFirstOrThrow({ where: { messageId } });
    expect(outbox.attempts).toBe(2);
  });

  it("marks an answer failed with a plain quota reason when Zalo's monthly quota is used up, without retrying", async () => {
    const cuong = citizen("Cường");
    const code = await openTicket(cuong);
    harness.fake.quota = harness.fake.sendsUsed;
    try {
      const { messageId } = await officerAnswers(code, "Cảm ơn bạn.");
      await expect.poll(async () => (await prisma().message.findUniqueOrThrow({ where: { id: messageId } })).deliveryStatus, { timeout: 5000 }).toBe("failed");
      const message = await prisma().message.findUniqueOrThrow({ where: { id: messageId } });
      expect(message.deliveryError).toMatch(/^QUOTA_EXCEEDED: Zalo quota exceeded/);
      const outbox = await prisma().outboxMessage.findFirstOrThrow({ where: { messageId } });
      expect(outbox).toMatchObject({ status: "failed", attempts: 1 });
      expect(outbox.lastError).not.toContain(harness.fake.token);
    } finally {
      harness.fake.quota = Infinity;
    }
  });
});
