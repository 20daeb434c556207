import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TTelegramChannel } from "../../bot/channels/telegram/create-telegram-channel.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { enqueueOutbox } from "../../core/outbox/enqueue-outbox.ts";
import { startTelegramHarness, TestCitizen, type TTelegramHarness } from "./telegram-harness.ts";

let h: TTelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness();
}, 120_000);
afterAll(async () => {
  await h?.stop();
}, 120_000);

/** What the staff side does to answer: an outgoing message on the ticket, queued in the outbox. */
async function officerAnswers(ticketId: string, text: string, status?: "resolved" | "waiting_citizen") {
  const now = new Date();
  await h.prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { citizen: true } });
    const message = await tx.message.create({ data: { ticketId, direction: "out", text, deliveryStatus: "pending", createdAt: now } });
    if (status) await tx.ticket.update({ where: { id: ticketId }, data: { status, ...(status === "resolved" && { resolvedAt: now }) } });
    const chatId = h.app.deps.box.decrypt(ticket.citizen!.chatIdEncrypted);
    await enqueueOutbox(sqlRunnerOf(tx), h.app.deps.box, { channel: "telegram", chatId, payload: { text }, citizenId: ticket.citizenId, ticketId, messageId: message.id }, now);
  });
  h.app.deps.wakeOutbox();
}

async function consented(id: number, language = "vi") {
  const citizen = h.citizen({ id, language_code: language });
  citizen.command("/start");
  await citizen.expect(/Đồng ý|I agree/);
  citizen.click("consent");
  await citizen.expect(/Bạn muốn làm gì|What would you like/);
  return citizen;
}

async function quickTip(citizen: TestCitizen, text: string, options: { isNewMatter?: boolean } = {}): Promise<string> {
  citizen.send(text);
  if (options.isNewMatter) {
    await citizen.expect(/Đã thêm vào phiếu|Added to ticket/);
    citizen.click("fu:new");
  }
  await citizen.expect(/ảnh, video|photos, videos/);
  citizen.click("tip:next");
  await citizen.expect(/xảy ra ở đâu|Where did it happen/);
  citizen.send(citizen.user.language_code === "en" ? "Skip" : "Bỏ qua");
  await citizen.expect(/ẩn danh|anonymous/);
  citizen.click("an:y");
  await citizen.expect(/Kiểm tra lại|Please check/);
  citizen.click("cf:send");
  const created = await citizen.expect(/TG-\d\d-\d{6}/);
  return /TG-\d\d-\d{6}/.exec(String(created.text))![0];
}

describe("Telegram: follow-up, answers, closing and rating", () => {
  it("adds later messages to the open ticket, delivers the officer's answer (split when long) and takes the citizen's reply", async () => {
    const binh = await consented(6001);
    const code = await quickTip(binh, "Có người trộm xe máy ở bãi xe chợ Phong Châu");
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code } });

    binh.send("Tên trộm mặc áo khoác đen, đi xe không biển số");
    await binh.expect(new RegExp(`Đã thêm vào phiếu ${code}`));
    binh.photo();
    await binh.expect(new RegExp(`Đã thêm vào phiếu ${code}`));
    expect(await h.prisma.message.count({ where: { ticketId: ticket.id, direction: "in" } })).toBe(3);

    const answer = `Chào bạn, chúng tôi đã tiếp nhận. ${"Nội dung trả lời dài. ".repeat(260)}`;
    binh.act(() => undefined);
    await officerAnswers(ticket.id, answer, "waiting_citizen");
    await binh.expect(/Chào bạn, chúng tôi đã tiếp nhận/);
    const parts = () => binh.received.filter((message) => String(message.text).includes("Nội dung trả lời dài"));
    await expect.poll(() => parts().length, { timeout: 15_000 }).toBe(2);
    expect(parts().every((message) => String(message.text).length <= 4096)).toBe(true);
    await expect.poll(async () => (await h.prisma.message.findFirst({ where: { ticketId: ticket.id, direction: "out" } }))?.deliveryStatus, { timeout: 15_000 }).toBe("sent");

    binh.send("Cảm ơn, tôi có thể cung cấp thêm video");
    await binh.expect(/Đã thêm vào phiếu/);
    expect((await h.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("in_progress");
  });

  it("asks which ticket when several are open, and moves a message out as a new matter", async () => {
    const chi = await consented(6002);
    const first = await quickTip(chi, "Có người trộm xe đạp ở trường tiểu học");
    const second = await quickTip(chi, "Nhóm thanh niên đua xe trái phép mỗi tối trên đường Hùng Vương", { isNewMatter: true });
    chi.send("Tối qua lại thấy họ");
    const question = await chi.expect(/phiếu nào/);
    expect(TestCitizen.buttons(question).join(" ")).toContain(first);
    chi.click(new RegExp(second));
    await chi.expect(new RegExp(`Đã thêm vào phiếu ${second}`));
    const secondTicket = await h.prisma.ticket.findUniqueOrThrow({ where: { code: second }, include: { messages: true } });
    expect(secondTicket.messages.map((message) => message.text)).toContain("Tối qua lại thấy họ");

    chi.send("Ở xóm tôi có ổ cờ bạc, đánh bài ăn tiền thâu đêm");
    await chi.expect(/phiếu nào/);
    chi.click("fu:new");
    await chi.expect(/ảnh, video/);
    const gambling = await h.prisma.message.findFirstOrThrow({ where: { text: { contains: "ổ cờ bạc" } } });
    expect(gambling.ticketId).toBeNull();
  });

  it("lets the citizen close a ticket, then rate it after resolution with a comment", async () => {
    const dung = await consented(6003);
    const code = await quickTip(dung, "Có người trộm xe máy trước cửa nhà văn hóa");
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code } });

    dung.command(`/tracuu ${code.toLowerCase()}`);
    const detail = await dung.expect(new RegExp(`Phiếu ${code}`));
    expect(detail.text).toContain("Mới tiếp nhận");
    dung.command("/tracuu TG-26-999999");
    await dung.expect(/Không tìm thấy phiếu TG-26-999999/);
    dung.command("/phieu");
    await dung.expect(new RegExp(`${code} · Tin báo · Mới tiếp nhận`));

    dung.act(() => undefined);
    await officerAnswers(ticket.id, "Chúng tôi đã xác minh và xử lý vụ việc.", "resolved");
    await dung.expect(/đã xác minh/);
    const channel = h.app.channels[0] as TTelegramChannel;
    await channel.askForRatingsNow(); // (the channel's own 30 s sweep may get there first)
    expect(await channel.askForRatingsNow()).toBe(0);
    const prompt = await dung.expect(/đánh giá việc giải quyết/);
    expect(TestCitizen.buttons(prompt)).toEqual(["1 ⭐", "2 ⭐", "3 ⭐", "4 ⭐", "5 ⭐"]);
    dung.click(`rate:${ticket.id}:4`);
    await dung.expect(/4\/5/);
    dung.send("Cán bộ làm việc nhanh, nhiệt tình");
    await dung.expect(/Cảm ơn đánh giá/);
    const rated = await h.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(rated.satisfactionRating).toBe(4);
    expect(rated.satisfactionComment).toBe("Cán bộ làm việc nhanh, nhiệt tình");
    expect(await h.prisma.notification.count({ where: { ticketId: ticket.id, kind: "rating.low" } })).toBe(0);

    dung.click(`close:${ticket.id}`);
    await dung.expect(/Đóng phiếu/);
    dung.click(`closeok:${ticket.id}`);
    await dung.expect(new RegExp(`Đã đóng phiếu ${code}`));
    expect((await h.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("closed");
  });

  it("erases personal data on /xoadulieu after confirmation, keeping the tickets", async () => {
    const em = await consented(6004);
    em.click("m:tip");
    await em.expect(/mô tả/);
    em.send("Có đối tượng tàng trữ pháo nổ để bán Tết");
    await em.expect(/ảnh, video/);
    em.click("tip:next");
    await em.expect(/xảy ra ở đâu/);
    em.send("Bỏ qua");
    await em.expect(/ẩn danh/);
    em.click("an:n");
    await em.expect(/số điện thoại/);
    em.send("0912 345 67");
    await em.expect(/chưa đúng/);
    em.send("0912 345 678");
    await em.expect(/Kiểm tra lại/);
    em.click("cf:send");
    const created = await em.expect(/TG-\d\d-\d{6}/);
    const code = /TG-\d\d-\d{6}/.exec(String(created.text))![0];
    const before = await h.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { citizen: true } });
    expect(before.citizen?.phoneHash).toBeTruthy();

    em.command("/xoadulieu");
    await em.expect(/Xóa thông tin cá nhân/);
    em.click("er:yes");
    await em.expect(/Đã xóa thông tin cá nhân/);
    const erased = await h.prisma.citizen.findUniqueOrThrow({ where: { id: before.citizenId! } });
    expect(erased.erasedAt).not.toBeNull();
    expect(erased.displayNameEnc).toBeNull();
    expect(erased.phoneEncrypted).toBeNull();
    expect(erased.phoneHash).toBeNull();
    expect(await h.prisma.ticket.count({ where: { code } })).toBe(1);

    em.send("xin chào");
    await em.expect(/Đồng ý/);
    expect(await h.prisma.citizen.count({ where: { channelUserIdHash: erased.channelUserIdHash } })).toBe(1);
  });

  it("delivers an answer after Telegram's 429, waiting the retry_after it gave", async () => {
    const hung = await consented(6008);
    const code = await quickTip(hung, "Có người trộm điện thoại ở bến xe");
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code } });
    h.fake.failNext("sendMessage", { error_code: 429, retry_after: 1 });
    hung.act(() => undefined);
    await officerAnswers(ticket.id, "Chúng tôi đã nhận được thông tin.");
    await hung.expect(/đã nhận được thông tin/, 20_000);
    const row = () => h.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    await expect.poll(async () => (await row()).status, { timeout: 15_000 }).toBe("sent");
    expect((await row()).attempts).toBe(2);
  });

  it("marks an answer to a citizen who blocked the bot as failed, and keeps serving others", async () => {
    const giang = await consented(6005);
    const code = await quickTip(giang, "Có người trộm gà trong xóm");
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code } });
    h.fake.userBlocksBot(giang.user);
    await officerAnswers(ticket.id, "Chúng tôi đang xác minh.");
    await expect
      .poll(async () => (await h.prisma.message.findFirst({ where: { ticketId: ticket.id, direction: "out" } }))?.deliveryStatus, { timeout: 15_000 })
      .toBe("failed");
    const row = await h.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(row.lastError).toContain("403");
    const other = await consented(6006);
    other.command("/phieu");
    await other.expect(/chưa có phiếu/);
  });

  it("in English: follow-up, tracking, the rating question after resolution, and erasure", async () => {
    const ann = await consented(6007, "en");
    const code = await quickTip(ann, "Có người trộm két sắt ở cửa hàng vàng");
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code } });
    ann.send("The thief drove a red motorbike");
    await ann.expect(new RegExp(`Added to ticket ${code}`));
    ann.command("/phieu");
    await ann.expect(new RegExp(`Your tickets:\n${code} · Tip · Received`));
    ann.command(`/tracuu ${code}`);
    await ann.expect(new RegExp(`Ticket ${code}\nType: Tip – Theft and robbery\nStatus: Received`));

    ann.act(() => undefined);
    await officerAnswers(ticket.id, "Chúng tôi đã bắt được đối tượng.", "resolved");
    await ann.expect(/bắt được đối tượng/);
    await (h.app.channels[0] as TTelegramChannel).askForRatingsNow();
    const prompt = await ann.expect(/How well was ticket/);
    expect(TestCitizen.buttons(prompt)).toHaveLength(5);
    ann.click(`rate:${ticket.id}:2`);
    await ann.expect(/rating 2\/5/);
    ann.click("rc:none");
    await ann.expect(/Thank you for your rating/);
    expect((await h.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).satisfactionRating).toBe(2);
    // A low rating reaches the unit's leaders (or the whole unit when it has no leader account).
    expect(await h.prisma.notification.count({ where: { ticketId: ticket.id, kind: "rating.low" } })).toBe(1);

    ann.command("/xoadulieu");
    await ann.expect(/Delete your personal data/);
    ann.click("er:no");
    await ann.expect(/Your data was kept/);
    ann.command("/xoadulieu");
    await ann.expect(/Delete your personal data/);
    ann.click("er:yes");
    await ann.expect(/Your personal data was deleted/);
    expect((await h.prisma.citizen.findUniqueOrThrow({ where: { id: ticket.citizenId! } })).erasedAt).not.toBeNull();
  });
});
