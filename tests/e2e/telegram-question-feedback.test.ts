import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramHarness, TestCitizen, type TTelegramHarness } from "./telegram-harness.ts";

let h: TTelegramHarness;
beforeAll(async () => {
  // A Bot API server that refuses what the bot calls at start-up must not stop it.
  h = await startTelegramHarness({
    prepare: (fake) => {
      fake.failNext("getMe", { error_code: 401, description: "Unauthorized" }, 1);
      fake.failNext("setMyCommands", { error_code: 400, description: "Bad Request: BOT_COMMAND_INVALID" }, 3);
    },
  });
}, 120_000);
afterAll(async () => {
  await h?.stop();
}, 120_000);

async function consented(id: number, language: string) {
  const citizen = h.citizen({ id, language_code: language });
  citizen.command("/start");
  await citizen.expect(/Đồng ý|I agree/);
  citizen.click("consent");
  await citizen.expect(/Bạn muốn làm gì|What would you like/);
  return citizen;
}

describe("Telegram: start-up", () => {
  it("keeps working when getMe and setMyCommands are refused at start", () => {
    const refused = h.fake.requests.filter((call) => !call.ok).map((call) => call.method);
    expect(refused).toContain("getMe");
    expect(refused.filter((method) => method === "setMyCommands")).toHaveLength(3);
  });
});

describe("Telegram: questions about procedures", () => {
  it("answers from the FAQ in Vietnamese and counts 'this answered me'", async () => {
    const hai = await consented(7001, "vi");
    hai.click("m:question");
    await hai.expect(/hỏi thủ tục gì/);
    hai.send("Làm thẻ căn cước lần đầu cần giấy tờ gì, làm ở đâu?");
    const answer = await hai.expect(/💡/);
    expect(answer.text).toContain("căn cước");
    expect(answer.text).toContain("Nguồn:");
    await hai.expect(/đã giúp được bạn chưa/);
    hai.click("faq:ok");
    await hai.expect(/Cảm ơn bạn!/);
    const entry = await h.prisma.faqEntry.findUniqueOrThrow({ where: { slug: "can-cuoc-cap-lan-dau" } });
    expect(entry.helpfulCount).toBe(1);
    expect(await h.prisma.ticket.count({ where: { kind: "question" } })).toBe(0);
  });

  it("in English: an instant answer, then 'I need an officer' opens a question ticket", async () => {
    const kate = await consented(7002, "en");
    kate.send("thủ tục đăng ký tạm trú cần những gì?");
    await kate.expect(/💡/);
    const prompt = await kate.expect(/Did this answer your question/);
    expect(TestCitizen.buttons(prompt)).toEqual(["👍 That answered me", "👮 I need an officer"]);
    kate.click("faq:officer");
    const created = await kate.expect(/passed to an officer\. Ticket code: HT-\d\d-\d{6}/);
    const code = /HT-\d\d-\d{6}/.exec(String(created.text))![0];
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { category: true, messages: true } });
    expect(ticket.kind).toBe("question");
    expect(ticket.category.code).toBe("question.residence");
    expect(ticket.messages.map((message) => message.text)).toContain("thủ tục đăng ký tạm trú cần những gì?");
    const notHelpful = await h.prisma.faqEntry.aggregate({ _sum: { notHelpfulCount: true } });
    expect(notHelpful._sum.notHelpfulCount).toBe(1);
  });

  it("passes a question the FAQ cannot answer straight to an officer", async () => {
    const lam = await consented(7003, "vi");
    lam.click("m:question");
    await lam.expect(/hỏi thủ tục gì/);
    lam.send("Cho hỏi chó nhà tôi bị mất thì báo ở đâu?");
    await lam.expect(/Đã chuyển câu hỏi cho cán bộ\. Mã phiếu: HT-/);
  });
});

describe("Telegram: feedback", () => {
  it("in Vietnamese from the menu: an officer-conduct complaint goes to the inspectorate", async () => {
    const mai = await consented(7004, "vi");
    mai.click("m:feedback");
    const types = await mai.expect(/góp ý hay phản ánh về việc gì/);
    expect(TestCitizen.buttons(types)).toContain("👮 Hành vi của cán bộ");
    mai.click("fbt:officer_conduct");
    await mai.expect(/Hãy viết nội dung/);
    mai.send("Cán bộ tiếp dân có thái độ quát nạt người dân");
    await mai.expect(/đơn vị, địa điểm, thời gian/);
    mai.send("Bộ phận một cửa, sáng thứ Hai 9 giờ");
    const created = await mai.expect(/Đã tiếp nhận góp ý, phản ánh\. Mã phiếu: PA-/);
    const code = /PA-\d\d-\d{6}/.exec(String(created.text))![0];
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { unit: true, category: true } });
    expect(ticket.category.code).toBe("feedback.officer_conduct");
    expect(ticket.unit.code).toBe("TTRA");
    expect(ticket.summary).toContain("sáng thứ Hai");
  });

  it("in English from free text understood as feedback, skipping the details", async () => {
    const tom = await consented(7005, "en");
    tom.send("cán bộ ở phường thu tiền không có biên lai");
    await tom.expect(/unit, place and time/);
    tom.click("fb:skip");
    const created = await tom.expect(/Feedback received\. Ticket code: PA-/);
    const code = /PA-\d\d-\d{6}/.exec(String(created.text))![0];
    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { unit: true } });
    expect(ticket.unit.code).toBe("TTRA");
  });

  it("switches language with /ngonngu and the menu button, and asks back when unsure what a message is", async () => {
    const quan = await consented(7006, "vi");
    quan.command("/ngonngu");
    await quan.expect(/Choose a language/);
    quan.click("lang:en");
    await quan.expect(/Switched to English/);
    quan.send("hello there");
    const ask = await quan.expect(/a tip, a question or feedback/);
    expect(TestCitizen.buttons(ask)).toContain("🚨 It is a tip");
    quan.click("cls:tip");
    await quan.expect(/photos, videos/);
    quan.click("m:lang");
    await quan.expect(/Đã chuyển sang tiếng Việt/);
    expect((await h.prisma.citizen.findMany({ where: { language: "vi" } })).length).toBeGreaterThan(0);
    quan.command("/riengtu");
    await quan.expect(/Thông báo về dữ liệu cá nhân/);
  });
});
