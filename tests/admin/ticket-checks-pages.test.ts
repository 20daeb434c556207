import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { linkPossibleDuplicates } from "../../core/tickets/link-possible-duplicates.ts";
import { createCitizenTicket } from "./support/citizen-ticket.ts";
import { createAdminTestApp, type TAdminTestApp, type TStaffClient } from "./support/admin-test-app.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

let env: TAdminTestApp;
let officer: TStaffClient;
let admin: TStaffClient;

beforeAll(async () => {
  env = await createAdminTestApp({ withDemoTickets: false });
  [officer, admin] = await Promise.all([env.signIn("canbo.pc04"), env.signIn("admin")]);
}, 240_000);
afterAll(async () => {
  await env?.dispose();
});

const html = async (response: Response | Promise<Response>) => (await response).text();
const minutesAgo = (minutes: number) => new Date(env.clock.now().getTime() - minutes * 60_000);

/** Two tips of PC04 about the same gambling den in one ward, linked by the background check. */
async function linkedPair(wardCode: string, place: string) {
  const open = (text: string, at: Date) =>
    env.db.prisma.$transaction(async (tx) => {
      const ticket = await createTicket(sqlRunnerOf(tx), { kind: "tip", categoryCode: "tip.gambling", channel: "telegram", citizenId: null, summary: text, wardCode, unitCode: "PC04" }, at);
      await tx.message.create({ data: { ticketId: ticket.id, direction: "in", text, createdAt: at } });
      return ticket;
    });
  const original = await open(`Nhà ông Tư ở ${place} tối nào cũng có người đến đánh bạc`, minutesAgo(60));
  const repeat = await open(`toi nao nha ong Tu ${place} cung tu tap danh bac`, minutesAgo(2));
  await linkPossibleDuplicates(env.db, env.clock.now());
  return { original, repeat };
}

describe("possible duplicates on the ticket page", () => {
  it("shows the suggested original with a link, marks it in the queue, and merges into it in one click (CSRF, audited)", async () => {
    const { original, repeat } = await linkedPair("X-LAMTHAO", "xóm 3");
    const page = await html(officer.request(`/tickets/${repeat.code}`));
    expect(page).toContain("Có thể trùng với");
    expect(page).toContain(`href="/tickets/${original.code}"`);
    expect(page).toContain("Gộp vào phiếu này");
    expect(page).toContain("Không trùng");
    expect(await html(officer.request(`/tickets/${original.code}`))).not.toContain("Có thể trùng với");
    const queue = await html(officer.request("/?sort=created"));
    const repeatRow = queue.slice(queue.indexOf(`/tickets/${repeat.code}"`), queue.indexOf("</tr>", queue.indexOf(`/tickets/${repeat.code}"`)));
    expect(repeatRow).toContain("Có thể trùng");

    expect((await officer.request(`/tickets/${repeat.code}/duplicate/merge`, { method: "POST", withoutCsrf: true })).status).toBe(403);
    const merged = await officer.request(`/tickets/${repeat.code}/duplicate/merge`, { method: "POST", form: {} });
    expect(merged.status).toBe(303);
    expect(merged.headers.get("location")).toContain("ok=merge");
    const row = await env.db.prisma.ticket.findUniqueOrThrow({ where: { id: repeat.id } });
    expect(row).toMatchObject({ mergedIntoId: original.id, status: "closed" });
    expect(await env.db.prisma.auditLog.count({ where: { action: "ticket.merge", entityId: repeat.id, actorLabel: "canbo.pc04" } })).toBe(1);
    expect(await html(officer.request(`/tickets/${original.code}`))).toContain(`Đã gộp phiếu ${repeat.code} vào đây`);
    expect(await html(officer.request(`/tickets/${repeat.code}`))).not.toContain("Gộp vào phiếu này");
  });

  it("dismisses a wrong suggestion (audited) and says so in the history", async () => {
    const { original, repeat } = await linkedPair("X-DOANHUNG", "xóm 8");
    const outsider = await env.signIn("canbo.pc06");
    expect((await outsider.request(`/tickets/${repeat.code}/duplicate/dismiss`, { method: "POST", form: {} })).status).toBe(404);
    expect((await outsider.request(`/tickets/${repeat.code}/duplicate/merge`, { method: "POST", form: {} })).status).toBe(404);
    const response = await officer.request(`/tickets/${repeat.code}/duplicate/dismiss`, { method: "POST", form: {} });
    expect(response.headers.get("location")).toContain("ok=duplicate-dismissed");
    expect((await env.db.prisma.ticket.findUniqueOrThrow({ where: { id: repeat.id } })).possibleDuplicateOfId).toBeNull();
    expect(await env.db.prisma.auditLog.count({ where: { action: "ticket.duplicate_dismiss", entityId: repeat.id } })).toBe(1);
    const page = await html(officer.request(`/tickets/${repeat.code}`));
    expect(page).not.toContain("Gộp vào phiếu này");
    expect(page).toContain(`Xác nhận không trùng với ${original.code}`);
    expect((await officer.request(`/tickets/${repeat.code}/duplicate/dismiss`, { method: "POST", form: {} })).headers.get("location")).toContain("error=CONFLICT");
  });

  it("shows a flood flag to officers", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "giúp tôi với", unitCode: "PC04" });
    await env.db.prisma.ticket.update({ where: { code }, data: { abuseFlag: "repeated_text" } });
    expect(await html(officer.request(`/tickets/${code}`))).toContain("Người gửi đã gửi cùng một nội dung nhiều lần");
  });
});

describe("routing reasons in the reader's language", () => {
  it("renders coded reasons in Vietnamese and English, and old plain-string reasons as they were stored", async () => {
    const ticket = await env.db.prisma.$transaction((tx) =>
      createTicket(sqlRunnerOf(tx), { kind: "question", categoryCode: "question.passport", channel: "zalo", citizenId: null, summary: "hỏi làm hộ chiếu" }, env.clock.now()),
    );
    const page = await html(admin.request(`/tickets/${ticket.code}`));
    expect(page).toContain(`Phân luồng đến ${ticket.routing.unitCode}: đơn vị mặc định của lĩnh vực question.passport`);
    const english = await html(env.app.request(`/tickets/${ticket.code}`, { headers: { cookie: `${admin.cookie}; ln_lang=en` } }));
    expect(english).toContain("default unit of question.passport");
    await env.db.prisma.ticketEvent.create({ data: { ticketId: ticket.id, type: "routed", data: { unitCode: "PC04", reason: 'rule #3 "Old rule": keyword "x"' }, createdAt: env.clock.now() } });
    expect(await html(admin.request(`/tickets/${ticket.code}`))).toContain("rule #3 &quot;Old rule&quot;: keyword &quot;x&quot;");
    const box = await html(admin.request("/admin/routing?sample=Cho+h%E1%BB%8Fi+l%C3%A0m+h%E1%BB%99+chi%E1%BA%BFu+%E1%BB%9F+%C4%91%C3%A2u"));
    expect(box).toContain("đơn vị mặc định của lĩnh vực question.passport");
  });
});

describe("FAQ entry from an officer's answer", () => {
  it("opens the FAQ form prefilled (question masked, category chosen) for FAQ managers only; saving is audited and searchable at once", async () => {
    const question = "Cho hỏi muốn xin phép bay flycam chụp ảnh đám cưới thì nộp hồ sơ ở đâu? SĐT của tôi 0912345678";
    const { code } = await createCitizenTicket(env.db, { text: question, unitCode: "PC04", kind: "question", categoryCode: "question.permits" });
    const answerText = "Anh/chị nộp hồ sơ xin phép bay flycam tại Bộ Tư lệnh Phòng không – Không quân, trước ngày bay ít nhất 7 ngày làm việc.";
    expect((await officer.request(`/tickets/${code}/reply`, { form: { text: answerText } })).headers.get("location")).toContain("ok=reply");
    const answer = await env.db.prisma.message.findFirstOrThrow({ where: { ticket: { code }, direction: "out" } });

    expect(await html(officer.request(`/tickets/${code}`))).not.toContain("Tạo mục hỏi đáp từ câu trả lời này");
    const ticketPage = await html(admin.request(`/tickets/${code}`));
    expect(ticketPage).toContain("Tạo mục hỏi đáp từ câu trả lời này");
    const href = /href="(\/admin\/faq\/from-answer\?[^"]+)"/.exec(ticketPage)![1]!.replaceAll("&amp;", "&");
    expect(href).toContain(`message=${answer.id}`);
    expect((await officer.request(href)).status).toBe(403);

    const form = await html(admin.request(href));
    expect(form).toContain("xin phép bay flycam chụp ảnh đám cưới");
    expect(form).not.toContain("0912345678");
    expect(form).toContain(answerText);
    expect(form).toMatch(/<option value="question\.permits" selected="">/);
    const slug = /name="slug"[^>]*value="([^"]+)"/.exec(form)?.[1] ?? /value="([^"]+)"[^>]*name="slug"/.exec(form)![1]!;
    const maskedQuestion = /name="question"[^>]*value="([^"]+)"/.exec(form)?.[1] ?? /value="([^"]+)"[^>]*name="question"/.exec(form)![1]!;

    const search = async () => (await (await admin.request("/api/faq/search?q=xin+phep+bay+flycam")).json()) as { results: { slug: string }[] };
    expect((await search()).results.map((result) => result.slug)).not.toContain(slug);
    const saved = await admin.request("/admin/faq", {
      form: { slug, categoryCode: "question.permits", question: maskedQuestion.replaceAll("&quot;", '"'), answer: answerText, keywords: "flycam", fromTicket: code, fromMessage: answer.id },
    });
    expect(saved.headers.get("location")).toBe(`/admin/faq?ok=saved#faq-${slug}`);
    const entry = await env.db.prisma.faqEntry.findUniqueOrThrow({ where: { slug }, include: { category: true } });
    expect(entry.category?.code).toBe("question.permits");
    expect(entry.question).not.toContain("0912345678");
    const audit = await env.db.prisma.auditLog.findFirstOrThrow({ where: { action: "config.faq.create", entityId: entry.id } });
    expect(audit).toMatchObject({ actorLabel: "admin", details: { slug, fromTicket: code, fromMessage: answer.id } });
    expect((await search()).results[0]?.slug).toBe(slug);
  });
});
