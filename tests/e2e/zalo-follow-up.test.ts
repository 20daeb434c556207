/**
 * Zalo citizens after the report: tracking, several open tickets, a rating prompt queued by the
 * staff side answered by typing "4", closing, data erasure and an emergency before consent — all
 * with typed numbers or words, since Zalo has no buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratingPromptPayload } from "../../bot/dialogs/rating-prompt.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { enqueueOutbox } from "../../core/outbox/enqueue-outbox.ts";
import { createTranslator } from "../../locales/translator.ts";
import { startZaloHarness, type TZaloHarness, type ZaloCitizen } from "./zalo-support.ts";

let h: TZaloHarness;
let nextUser = 0;
const prisma = () => h.app.deps.db.prisma;
const citizen = (name = "Dũng") => h.citizen({ id: `fuuser${Date.now().toString(16)}${nextUser++}`, display_name: name });

beforeAll(async () => {
  h = await startZaloHarness({ mode: "polling" });
});
afterAll(async () => {
  await h?.stop();
});

async function consented(person: ZaloCitizen): Promise<ZaloCitizen> {
  await person.say("/start", "Đồng ý");
  await person.say("1", "Bạn muốn làm gì");
  return person;
}

/** A tip from free text, no place, anonymous, sent: returns its code. */
async function quickTip(person: ZaloCitizen, text: string): Promise<string> {
  await person.say(text, "Bạn có ảnh");
  await person.say("1", "Sự việc xảy ra ở đâu?");
  await person.say("bỏ qua", "ẩn danh");
  await person.say("1", "Kiểm tra lại tin báo");
  const created = await person.say("gửi", "Mã phiếu");
  return /TG-\d\d-\d{6}/.exec(created)![0];
}

/** What the staff side does to answer (and optionally resolve): an outgoing message queued in the outbox. */
async function officerAnswers(ticketId: string, text: string, status?: "resolved") {
  const now = new Date();
  await prisma().$transaction(async (tx) => {
    const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { citizen: true } });
    const message = await tx.message.create({ data: { ticketId, direction: "out", text, deliveryStatus: "pending", createdAt: now } });
    if (status) await tx.ticket.update({ where: { id: ticketId }, data: { status, resolvedAt: now } });
    const chatId = h.app.deps.box.decrypt(ticket.citizen!.chatIdEncrypted);
    await enqueueOutbox(sqlRunnerOf(tx), h.app.deps.box, { channel: "zalo", chatId, payload: { text }, citizenId: ticket.citizenId, ticketId, messageId: message.id }, now);
  });
  h.app.deps.wakeOutbox();
}

describe("Zalo: follow-up, tracking, rating, closing, erasure", () => {
  it("tracks a ticket, then rates it by typing '4' on the prompt the staff side queued", async () => {
    const dung = await consented(citizen());
    const code = await quickTip(dung, "Có người trộm xe máy trước cửa nhà văn hóa");
    const ticket = await prisma().ticket.findUniqueOrThrow({ where: { code } });
    expect(await dung.say(`/tracuu ${code.toLowerCase()}`, `Phiếu ${code}`)).toContain("Mới tiếp nhận");
    expect(await dung.say("/phieu", code)).toContain(`${code} · Tin báo`);

    await officerAnswers(ticket.id, "Chúng tôi đã xác minh và xử lý vụ việc.", "resolved");
    await dung.answers("đã xác minh");
    await prisma().$transaction(async (tx) => {
      const owner = await tx.citizen.findUniqueOrThrow({ where: { id: ticket.citizenId! } });
      const payload = ratingPromptPayload(createTranslator().t("vi"), ticket.id, code);
      await enqueueOutbox(sqlRunnerOf(tx), h.app.deps.box, { channel: "zalo", chatId: h.app.deps.box.decrypt(owner.chatIdEncrypted), payload, citizenId: owner.id }, new Date());
    });
    h.app.deps.wakeOutbox();
    const prompt = await dung.answers("đánh giá");
    expect(prompt).toContain("1. 1 ⭐\n2. 2 ⭐\n3. 3 ⭐\n4. 4 ⭐\n5. 5 ⭐");
    await dung.say("4", "4/5");
    await dung.say("Cán bộ làm việc nhanh, nhiệt tình", "Cảm ơn đánh giá");
    const rated = await prisma().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(rated.satisfactionRating).toBe(4);
    expect(rated.satisfactionComment).toBe("Cán bộ làm việc nhanh, nhiệt tình");
  });

  it("asks which ticket when several are open, taking the answer by number, and closes one by its words", async () => {
    const chi = await consented(citizen("Chi"));
    const first = await quickTip(chi, "Có người tổ chức đánh bạc ăn tiền ở quán nước đầu làng");
    await chi.say("Có người buôn bán hàng giả ở chợ thôn Đông", `Đã thêm vào phiếu ${first}`);
    const menu = await chi.say("1", "Bạn có ảnh"); // "1" = "a new matter" in the list under the follow-up notice
    expect(menu).toContain("Tiếp tục");
    await chi.say("1", "Sự việc xảy ra ở đâu?");
    await chi.say("3", "ẩn danh");
    await chi.say("1", "Kiểm tra lại tin báo");
    const second = /TG-\d\d-\d{6}/.exec(await chi.say("1", "Mã phiếu"))![0];
    expect(second).not.toBe(first);
    const choose = await chi.say("Bổ sung: tôi thấy hai người", "nhiều phiếu đang xử lý");
    const line = choose.split("\n").find((text) => text.includes(second))!;
    const number = /^(\d+)\./.exec(line)![1]!;
    await chi.say(number, `Đã thêm vào phiếu ${second}`);
    const added = await prisma().message.findFirstOrThrow({ where: { text: "Bổ sung: tôi thấy hai người" }, include: { ticket: true } });
    expect(added.ticket?.code).toBe(second);

    expect(await chi.say(`/tracuu ${first}`, `Phiếu ${first}`)).toContain(`✔️ Đóng phiếu ${first}`);
    expect(await chi.say("đóng phiếu", `Đóng phiếu ${first}?`)).toContain("1. Đóng phiếu");
    await chi.say("1", `Đã đóng phiếu ${first}`);
    expect((await prisma().ticket.findUniqueOrThrow({ where: { code: first } })).status).toBe("closed");
  });

  it("erases personal data on /xoadulieu after a typed confirmation, keeping the tickets", async () => {
    const em = await consented(citizen("Em"));
    const code = await quickTip(em, "Có đối tượng tàng trữ pháo nổ để bán Tết");
    const before = await prisma().ticket.findUniqueOrThrow({ where: { code } });
    const confirm = await em.say("/xoadulieu", "Xóa thông tin cá nhân");
    const yes = confirm.split("\n").find((line) => /^\d+\. .*(Xóa|Có)/i.test(line))!;
    await em.say(/^(\d+)\./.exec(yes)![1]!, "Đã xóa thông tin cá nhân");
    const erased = await prisma().citizen.findUniqueOrThrow({ where: { id: before.citizenId! } });
    expect(erased.erasedAt).not.toBeNull();
    expect(await prisma().ticket.count({ where: { code } })).toBe(1);
  });

  it("answers an emergency with the hotlines first, even before consent", async () => {
    const minh = citizen("Minh");
    const answer = await minh.say("Cứu với, nhà hàng xóm đang cháy to lắm!", "1. ✅ Đồng ý");
    expect(answer).toContain("114");
    expect(minh.all()[0]?.text).toContain("GỌI NGAY");
    expect(answer).toMatch(/tin báo khẩn TG-/);
  });
});
