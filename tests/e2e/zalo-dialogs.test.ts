/**
 * Citizens on Zalo, end to end: the whole product (startApp) long-polls the fake Zalo Bot API and
 * every flow is driven as a citizen would — typing numbers or words for the numbered choices.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyToTicket } from "../../core/tickets/reply-to-ticket.ts";
import { startZaloHarness, type TZaloHarness, type ZaloCitizen } from "./zalo-support.ts";

let harness: TZaloHarness;
let nextUser = 0;
const citizen = (name = "Lan") => harness.citizen({ id: `zuser${Date.now().toString(16)}${nextUser++}`, display_name: name });
const codeIn = (text: string) => /((?:TG|HT|PA)-\d{2}-\d{6})/.exec(text)?.[1] ?? "";

beforeAll(async () => {
  harness = await startZaloHarness({ mode: "polling" });
});
afterAll(async () => {
  await harness?.stop();
});

async function agreed(person: ZaloCitizen): Promise<void> {
  expect(await person.say("/start", "1. ✅ Đồng ý")).toContain("👉 Gõ số 1–2 hoặc gõ chữ");
  expect(await person.say("đồng ý", "1. 🚨 Báo tin, tố giác")).toContain("5. 🌐 English");
}

async function officerAnswers(code: string, text: string): Promise<{ messageId: string }> {
  const { prisma } = harness.app.deps.db;
  const admin = await prisma.staffUser.findFirstOrThrow({ where: { role: "admin" } });
  const actor = { id: admin.id, username: admin.username, displayName: admin.displayName, role: admin.role, unitId: admin.unitId };
  return replyToTicket(actor, { code, text }, { prisma, clock: harness.app.deps.clock, box: harness.app.deps.box, wakeOutbox: harness.app.deps.wakeOutbox });
}

describe("Zalo citizens in Vietnamese (long polling)", () => {
  it("registers the poller, not a webhook", () => {
    expect(harness.app.channels.map((channel) => channel.describe())).toEqual([expect.stringContaining("long polling")]);
    expect(harness.fake.webhook.url).toBe("");
  });

  it("start and consent, then a tip typed number by number becomes a ticket with its photo and phone", async () => {
    const lan = citizen();
    await agreed(lan);
    expect(await lan.say("1", "Hãy mô tả sự việc")).toContain("1. ✖️ Hủy");
    expect(await lan.say("Có nhóm thanh niên đua xe trái phép mỗi tối ở đường Trần Phú", "Bạn có ảnh")).toContain("1. ➡️ Tiếp tục");
    const image = await harness.fake.userSendsImage(lan.user, { caption: "Ảnh chụp tối qua" });
    expect(await lan.answers("Đã nhận 1 tệp")).toContain("1. ➡️ Tiếp tục");
    const place = await lan.say("tiếp tục", "Sự việc xảy ra ở đâu?");
    expect(place).toContain("📍 Hãy gõ địa chỉ hoặc tên xã/phường");
    expect(await lan.say("số 12 Trần Phú", "Chọn xã/phường")).toContain("2. phường Kỳ Sơn");
    expect(await lan.say("2", "phường Kỳ Sơn")).toContain("Bạn muốn gửi ẩn danh không?");
    const phone = await lan.say("2", "số điện thoại");
    expect(phone).toContain("📞 Hãy gõ số điện thoại của bạn");
    const summary = await lan.say("0912 345 678", "Kiểm tra lại tin báo");
    expect(summary).toContain("• Tệp đính kèm: 1");
    const created = await lan.say("1", "Đã tiếp nhận tin báo");
    const code = codeIn(created);
    expect(code).toMatch(/^TG-/);

    const ticket = await harness.app.deps.db.prisma.ticket.findUniqueOrThrow({
      where: { code },
      include: { messages: { include: { attachments: true } }, citizen: true },
    });
    expect(ticket.channel).toBe("zalo");
    expect(ticket.isAnonymous).toBe(false);
    const imageUrl = image.update.message?.photo_url;
    const attachments = ticket.messages.flatMap((message) => message.attachments);
    expect(attachments).toEqual([expect.objectContaining({ kind: "photo" })]);
    expect(attachments[0]?.url).toBe(imageUrl);
    expect(attachments[0]?.channelFileId).toBeNull();
    expect(ticket.messages.map((message) => message.text)).toEqual(expect.arrayContaining(["Ảnh chụp tối qua"]));
    expect(ticket.citizen?.phoneHash).toBeTruthy();
  });

  it("answers a procedure question from the FAQ and takes the 'helpful' answer by its words", async () => {
    const minh = citizen("Minh");
    await agreed(minh);
    expect(await minh.say("2", "Bạn cần hỏi thủ tục gì?")).toContain("1. ☰ Menu");
    const answer = await minh.say("Làm căn cước công dân lần đầu cần giấy tờ gì?", "đã giúp được bạn chưa");
    expect(answer).toContain("💡");
    expect(answer).toContain("1. 👍 Đã rõ, cảm ơn");
    expect(await minh.say("da ro cam on", "Cảm ơn bạn!")).toContain("1. 🚨 Báo tin, tố giác");
    expect(await harness.app.deps.db.prisma.ticket.count({ where: { kind: "question", channel: "zalo" } })).toBe(0);
  });

  it("takes feedback, then adds a later message to the open ticket and delivers the officer's answer", async () => {
    const hoa = citizen("Hoa");
    await agreed(hoa);
    expect(await hoa.say("3", "góp ý hay phản ánh")).toContain("5. 🌟 Khen ngợi");
    expect(await hoa.say("5", "Hãy viết nội dung")).toContain("1. ✖️ Hủy");
    expect(await hoa.say("Cán bộ Công an phường tiếp dân rất nhiệt tình, chu đáo", "gõ thêm đơn vị")).toContain("1. Bỏ qua");
    const code = codeIn(await hoa.say("1", "Mã phiếu"));
    expect(code).toMatch(/^PA-/);

    const added = await hoa.say("Tôi bổ sung: buổi sáng thứ Hai", `Đã thêm vào phiếu ${code}`);
    expect(added).toContain("1. ");

    const { messageId } = await officerAnswers(code, "Cảm ơn bạn đã góp ý, chúng tôi đã chuyển lời khen tới đơn vị.");
    expect(await hoa.answers("chúng tôi đã chuyển lời khen")).not.toContain("👉");
    const prisma = harness.app.deps.db.prisma;
    await expect.poll(async () => (await prisma.message.findUniqueOrThrow({ where: { id: messageId } })).deliveryStatus).toBe("sent");
    expect((await prisma.message.findUniqueOrThrow({ where: { id: messageId } })).channelMessageId).toMatch(/^[0-9a-f]{20}$/);

    expect(await hoa.say(`/tracuu ${code}`, code)).toMatch(/Đang xử lý|Mới tiếp nhận/);
  });

  it("answers a file, location or contact card (unsupported on Zalo) politely and keeps the step", async () => {
    const tuan = citizen("Tuấn");
    await agreed(tuan);
    await tuan.say("1", "Hãy mô tả sự việc");
    await harness.fake.userSendsUnsupported(tuan.user);
    expect(await tuan.answers("gõ nội dung bằng chữ hoặc gửi ảnh")).toContain("Zalo");
    expect(await tuan.say("Mất trộm xe máy trước cổng chợ", "Bạn có ảnh")).toContain("Tiếp tục");
  });
});

describe("Zalo citizens in English", () => {
  it("switches to English from the privacy notice and reports a tip anonymously", async () => {
    const anna = citizen("Anna");
    expect(await anna.say("/start", "2. 🌐 English")).toContain("Chọn “Đồng ý”");
    const english = await anna.say("2", "I agree");
    expect(english).toContain("1. ✅ I agree");
    expect(english).toContain("👉 Type a number 1–2 or type the words");
    expect(await anna.say("I agree", "1. 🚨 Report a tip")).toContain("5. 🌐 Tiếng Việt");
    expect(await anna.say("report a tip", "Describe what happened")).toContain("Type 1 or type the words");
    await anna.say("Someone is selling drugs near the Hung Vuong school gate", /photos|evidence/i);
    const where = await anna.say("1", /Where did it happen/i);
    expect(where).toContain("📍 Please type the address");
    await anna.say("3", /anonymous/i);
    expect(await anna.say("1", /Check your tip|Please check/i)).toMatch(/Anonymous: yes/i);
    const code = codeIn(await anna.say("1", "Ticket code"));
    expect(code).toMatch(/^TG-/);
    const ticket = await harness.app.deps.db.prisma.ticket.findUniqueOrThrow({ where: { code } });
    expect(ticket.isAnonymous).toBe(true);
    expect(ticket.channel).toBe("zalo");
  });

  it("passes an English question to an officer (directly, or after an FAQ answer that did not help) and delivers the answer", async () => {
    const ben = citizen("Ben");
    await ben.say("/start", "English");
    await ben.say("2", "I agree");
    await ben.say("1", "Report a tip");
    expect(await ben.say("2", /Write your question/)).toContain("1. ☰ Menu");
    let answer = await ben.say("How do I get a passport for my child?", /helpful|passed to an officer/);
    if (!answer.includes("passed to an officer")) answer = await ben.say("2", "passed to an officer");
    expect(answer).not.toContain("Gõ số");
    const code = codeIn(answer);
    expect(code).toMatch(/^HT-/);
    await officerAnswers(code, "Your child needs a birth certificate; apply at the immigration office.");
    await ben.answers("birth certificate");
  });
});
