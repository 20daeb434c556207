import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCitizenTicket } from "./support/citizen-ticket.ts";
import { createAdminTestApp, type TAdminTestApp, type TStaffClient } from "./support/admin-test-app.ts";

let env: TAdminTestApp;
let officer: TStaffClient;
let leader: TStaffClient;
let admin: TStaffClient;

beforeAll(async () => {
  env = await createAdminTestApp();
  [officer, leader, admin] = await Promise.all([env.signIn("canbo.pc04"), env.signIn("lanhdao"), env.signIn("admin")]);
});
afterAll(async () => {
  await env?.dispose();
});

const html = async (response: Response | Promise<Response>) => (await response).text();

describe("queue", () => {
  it("lists the officer's unit's open tickets, sorted by due time, with counts per status", async () => {
    const page = await html(officer.request("/"));
    expect(page).toContain("Hàng đợi phản ánh, tin báo");
    const codes = [...page.matchAll(/href="\/tickets\/([A-Z]{2}-\d{2}-\d{6})"/g)].map((match) => match[1]!);
    expect(codes.length).toBeGreaterThan(0);
    const tickets = await env.db.prisma.ticket.findMany({ where: { code: { in: codes } }, include: { unit: true } });
    expect(tickets.every((ticket) => ticket.unit.code === "PC04")).toBe(true);
    const dues = codes.map((code) => tickets.find((ticket) => ticket.code === code)!.dueAt!.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(page).toMatch(/Đang mở <span class="count">\d+<\/span>/);
  });

  it("finds a ticket by searching without diacritics", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Phát hiện điểm bán ma túy đá ở bãi xe Hồ Gươm", unitCode: "PC04", categoryCode: "tip.drugs" });
    const page = await html(officer.request("/?q=ma+tuy+da+ho+guom"));
    expect(page).toContain(code);
    expect(await html(officer.request("/?q=M%C3%83+T%C3%9AY+%C4%90%C3%81+h%E1%BB%93"))).toContain(code);
    expect(await html(officer.request("/?q=khong+co+gi+nhu+vay"))).not.toContain(code);
  });

  it("filters by status, kind, channel, category, assignee, anonymous, urgent and deadline", async () => {
    const list = async (query: string) => ((await (await leader.request(`/api/tickets?${query}&pageSize=100`)).json()) as { items: Record<string, unknown>[]; total: number }).items;
    expect((await list("status=resolved")).every((item) => item.status === "resolved")).toBe(true);
    expect((await list("kind=question")).every((item) => item.kind === "question")).toBe(true);
    expect((await list("channel=zalo")).every((item) => item.channel === "zalo")).toBe(true);
    expect((await list("category=tip.drugs")).every((item) => item.categoryCode === "tip.drugs")).toBe(true);
    expect((await list("anonymous=yes")).every((item) => item.isAnonymous === true)).toBe(true);
    expect((await list("urgent=yes")).every((item) => item.isUrgent === true)).toBe(true);
    expect((await list("due=overdue")).every((item) => item.isOverdue === true)).toBe(true);
    expect((await list("due=soon")).every((item) => item.isDueSoon === true)).toBe(true);
    expect((await list("unit=PC06")).every((item) => item.unitCode === "PC06")).toBe(true);
    const mine = await list("assignee=mine");
    expect(mine.every((item) => item.assigneeName === "Lãnh đạo Công an tỉnh (demo)")).toBe(true);
    const page = await html(officer.request("/?status=all&kind=tip&channel=telegram&urgent=no&due=overdue&assignee=unassigned&anonymous=no"));
    expect(page).toContain("queue-results");
  });

  it("pages through results", async () => {
    const first = (await (await admin.request("/api/tickets?status=all&pageSize=10&page=1")).json()) as { items: { code: string }[]; total: number };
    const second = (await (await admin.request("/api/tickets?status=all&pageSize=10&page=2")).json()) as { items: { code: string }[] };
    expect(first.total).toBeGreaterThan(20);
    expect(first.items).toHaveLength(10);
    expect(second.items.map((item) => item.code)).not.toContain(first.items[0]!.code);
    const page = await html(admin.request("/?status=all&page=2"));
    expect(page).toContain('rel="prev"');
  });

  it("shows new tickets without a reload: the results fragment is polled by htmx", async () => {
    const page = await html(officer.request("/"));
    expect(page).toMatch(/hx-get="\/queue\/results[^"]*" hx-trigger="every 10s"/);
    const { code } = await createCitizenTicket(env.db, { text: "Tin mới vừa đến", unitCode: "PC04" });
    const fragment = await html(officer.request("/queue/results", { headers: { "hx-request": "true" } }));
    expect(fragment).toContain(code);
    expect(fragment).not.toContain("<html");
  });
});

describe("ticket page", () => {
  it("shows the conversation, facts and routing history", async () => {
    const demo = await env.db.prisma.ticket.findFirstOrThrow({ where: { unit: { code: "PC04" }, messages: { some: { direction: "note" } } }, include: { messages: true } });
    const page = await html(officer.request(`/tickets/${demo.code}`));
    expect(page).toContain("Hội thoại");
    expect(page).toContain("Ghi chú nội bộ");
    expect(page).toContain("Lịch sử phân luồng");
    expect(page).toContain("Phân luồng đến PC04");
    expect(page).toContain("Hạn giải quyết");
    expect(page).toContain("Đã gửi");
  });

  it("renders a citizen's HTML as inert text (stored XSS)", async () => {
    const attack = `<script>alert("x")</script><img src=x onerror="alert(1)"> "quoted" & more`;
    const { code } = await createCitizenTicket(env.db, { text: attack, unitCode: "PC04" });
    const page = await html(officer.request(`/tickets/${code}`));
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    const queue = await html(officer.request("/?q=alert"));
    expect(queue).toContain(code);
    expect(queue).not.toContain("<script>alert");
  });

  it("replies: the message is stored as pending and an outbox row is queued for the citizen's chat", async () => {
    const { code, chatId } = await createCitizenTicket(env.db, { text: "Xin hỏi thủ tục", unitCode: "PC04" });
    const wakesBefore = env.wakeCount();
    const response = await officer.request(`/tickets/${code}/reply`, { form: { text: "Chào bạn, chúng tôi đã nhận." } });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/tickets/${code}?ok=reply`);
    const ticket = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { assignee: true } });
    const outbox = await env.db.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(outbox.status).toBe("pending");
    expect(env.db.box.decrypt(outbox.chatIdEnc)).toBe(chatId);
    expect(outbox.payload).toMatchObject({ text: "Chào bạn, chúng tôi đã nhận." });
    expect(ticket.status).toBe("in_progress");
    expect(ticket.firstRespondedAt).not.toBeNull();
    expect(ticket.assignee?.username).toBe("canbo.pc04");
    expect(env.wakeCount()).toBe(wakesBefore + 1);
    const page = await html(officer.request(`/tickets/${code}?ok=reply`));
    expect(page).toContain("Đã đưa trả lời vào hàng gửi.");
    expect(page).toContain("Đang gửi");
  });

  it("shows a failed delivery with a retry button that queues it again", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Cần hỗ trợ", unitCode: "PC04" });
    await officer.request(`/tickets/${code}/reply`, { form: { text: "Trả lời sẽ lỗi" } });
    const ticket = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code } });
    const outbox = await env.db.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    await env.db.prisma.outboxMessage.update({ where: { id: outbox.id }, data: { status: "failed", lastError: "Forbidden: bot was blocked by the user" } });
    await env.db.prisma.message.update({ where: { id: outbox.messageId! }, data: { deliveryStatus: "failed", deliveryError: "Forbidden: bot was blocked by the user" } });
    const page = await html(officer.request(`/tickets/${code}`));
    expect(page).toContain("Gửi lỗi");
    expect(page).toContain("bot was blocked by the user");
    const retry = await officer.request(`/tickets/${code}/retry`, { form: { messageId: outbox.messageId! } });
    expect(retry.headers.get("location")).toContain("ok=retry");
    expect((await env.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: outbox.id } })).status).toBe("pending");
  });

  it("adds an internal note that is never queued for the citizen", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Nội dung", unitCode: "PC04" });
    await officer.request(`/tickets/${code}/notes`, { form: { text: "Đã xác minh sơ bộ" } });
    const ticket = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { messages: true } });
    expect(ticket.messages.some((message) => message.direction === "note" && message.text === "Đã xác minh sơ bộ")).toBe(true);
    expect(await env.db.prisma.outboxMessage.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("offers the canned replies in the reply form", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Nội dung", unitCode: "PC04" });
    const page = await html(officer.request(`/tickets/${code}`));
    expect(page).toContain('data-canned-target="reply-text"');
    expect(page).toContain("Đề nghị bổ sung thông tin");
  });

  it("assigns, changes category and walks the status workflow", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Có người đánh bạc", unitCode: "PC04" });
    expect((await officer.request(`/tickets/${code}/assign`, { form: { assignee: "canbo.pc04" } })).headers.get("location")).toContain("ok=assign");
    expect((await officer.request(`/tickets/${code}/assign`, { form: { assignee: "canbo.pc06" } })).headers.get("location")).toContain("error=VALIDATION");
    expect((await officer.request(`/tickets/${code}/category`, { form: { categoryCode: "tip.gambling" } })).headers.get("location")).toContain("ok=category");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "closed" } })).headers.get("location")).toContain("error=INVALID_TRANSITION");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "in_progress" } })).headers.get("location")).toContain("ok=status");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "waiting_citizen" } })).headers.get("location")).toContain("ok=status");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "resolved" } })).headers.get("location")).toContain("ok=status");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "closed" } })).headers.get("location")).toContain("ok=status");
    const closed = await officer.request(`/tickets/${code}/reply`, { form: { text: "muộn" } });
    expect(closed.headers.get("location")).toContain("error=TICKET_CLOSED");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "in_progress" } })).headers.get("location")).toContain("ok=status");
    const ticket = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { category: true, assignee: true, events: true } });
    expect(ticket.category.code).toBe("tip.gambling");
    expect(ticket.assignee?.username).toBe("canbo.pc04");
    expect(ticket.status).toBe("in_progress");
    expect(ticket.events.filter((event) => event.type === "status")).toHaveLength(5);
  });

  it("rejects only with a reason", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Nội dung ngoài phạm vi", unitCode: "PC04" });
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "rejected" } })).headers.get("location")).toContain("error=VALIDATION&field=reason");
    expect((await officer.request(`/tickets/${code}/status`, { form: { status: "rejected", reason: "Không thuộc thẩm quyền" } })).headers.get("location")).toContain("ok=status");
    expect((await env.db.prisma.ticket.findUniqueOrThrow({ where: { code } })).rejectionReason).toBe("Không thuộc thẩm quyền");
  });

  it("transfers with a reason: the ticket leaves the officer's scope and the citizen is told", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Bị lừa chuyển khoản qua mạng", unitCode: "PC04" });
    const noReason = await officer.request(`/tickets/${code}/transfer`, { form: { unitCode: "PA05", reason: "" } });
    expect(noReason.headers.get("location")).toContain("error=VALIDATION");
    const response = await officer.request(`/tickets/${code}/transfer`, { form: { unitCode: "PA05", reason: "Lừa đảo qua mạng thuộc PA05" } });
    expect(response.headers.get("location")).toContain("ok=transfer");
    const ticket = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { unit: true, events: true } });
    expect(ticket.unit.code).toBe("PA05");
    expect(ticket.events.find((event) => event.type === "transferred")?.data).toMatchObject({ fromUnitCode: "PC04", toUnitCode: "PA05", reason: "Lừa đảo qua mạng thuộc PA05" });
    const notice = await env.db.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect((notice.payload as { text: string }).text).toContain(code);
    expect((notice.payload as { text: string }).text).toContain("Phòng An ninh mạng");
    expect((await officer.request(`/tickets/${code}`)).status).toBe(404);
    const pa05 = await env.signIn("canbo.pa05");
    expect(await html(pa05.request(`/tickets/${code}`))).toContain("Chuyển từ PC04 sang PA05");
  });

  it("merges a duplicate into another ticket", async () => {
    const first = await createCitizenTicket(env.db, { text: "Vụ việc A", unitCode: "PC04" });
    const duplicate = await createCitizenTicket(env.db, { text: "Vụ việc A lần nữa", unitCode: "PC04" });
    expect((await officer.request(`/tickets/${duplicate.code}/merge`, { form: { intoCode: duplicate.code } })).headers.get("location")).toContain("error=VALIDATION");
    expect((await officer.request(`/tickets/${duplicate.code}/merge`, { form: { intoCode: first.code } })).headers.get("location")).toContain("ok=merge");
    const merged = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code: duplicate.code }, include: { mergedInto: true } });
    expect(merged.mergedInto?.code).toBe(first.code);
    expect(merged.status).toBe("closed");
    expect(await html(officer.request(`/tickets/${first.code}`))).toContain(`Đã gộp phiếu ${duplicate.code} vào đây`);
    const other = await createCitizenTicket(env.db, { text: "Vụ việc khác đơn vị", unitCode: "PC06" });
    expect((await officer.request(`/tickets/${first.code}/merge`, { form: { intoCode: other.code } })).headers.get("location")).toContain("error=VALIDATION");
  });

  it("marks spam; only leaders and admins can block the sender", async () => {
    const spam = await createCitizenTicket(env.db, { text: "quảng cáo vay tiền", unitCode: "PC04" });
    const blocked = await officer.request(`/tickets/${spam.code}/spam`, { form: { block: "yes" } });
    expect(blocked.headers.get("location")).toContain("error=FORBIDDEN");
    expect((await officer.request(`/tickets/${spam.code}/spam`, { form: {} })).headers.get("location")).toContain("ok=spam");
    const again = await createCitizenTicket(env.db, { text: "quảng cáo vay tiền lần 2", unitCode: "PC04" });
    expect((await leader.request(`/tickets/${again.code}/spam`, { form: { block: "yes" } })).headers.get("location")).toContain("ok=spam");
    const citizen = await env.db.prisma.citizen.findUniqueOrThrow({ where: { id: again.citizenId } });
    expect(citizen.isBlocked).toBe(true);
    expect((await env.db.prisma.ticket.findUniqueOrThrow({ where: { code: again.code } })).status).toBe("rejected");
  });

  it("answers 404 for a malformed or unknown code", async () => {
    expect((await officer.request("/tickets/not-a-code")).status).toBe(404);
    expect((await officer.request("/tickets/TG-26-999999")).status).toBe(404);
    expect((await officer.request("/tickets/TG-26-999999/reply", { form: { text: "x" } })).status).toBe(404);
  });
});

describe("anonymous tips and identity reveal", () => {
  it("never shows an anonymous sender; a leader approves a justified request; the view is audited", async () => {
    const tip = await createCitizenTicket(env.db, { text: "Có người buôn bán hàng cấm", unitCode: "PC04", isAnonymous: true, displayName: "Trần Thị Bí Mật", phone: "+84912345678" });
    const hidden = await html(officer.request(`/tickets/${tip.code}`));
    expect(hidden).not.toContain("Trần Thị Bí Mật");
    expect(hidden).not.toContain("0912345678");
    expect(hidden).not.toContain(tip.chatId);
    expect(hidden).toContain("Tin báo ẩn danh");
    const api = await html(officer.request(`/api/tickets/${tip.code}`));
    expect(api).not.toContain("Bí Mật");
    expect(api).not.toContain(tip.chatId);
    expect(JSON.parse(api).identity).toBeNull();
    const adminView = await html(admin.request(`/tickets/${tip.code}`));
    expect(adminView).not.toContain("Trần Thị Bí Mật");

    expect((await officer.request(`/tickets/${tip.code}/reveal`, { form: { reason: "ngắn" } })).headers.get("location")).toContain("error=VALIDATION");
    expect((await officer.request(`/tickets/${tip.code}/reveal`, { form: { reason: "Cần mời người báo tin làm chứng trong vụ án" } })).headers.get("location")).toContain("ok=reveal-request");
    const request = await env.db.prisma.identityRevealRequest.findFirstOrThrow({ where: { ticket: { code: tip.code } } });
    expect((await officer.request(`/tickets/${tip.code}/reveal/${request.id}`, { form: { decision: "approve" } })).headers.get("location")).toContain("error=FORBIDDEN");
    expect(await html(leader.request("/"))).toContain("đề nghị tiết lộ danh tính");
    const pending = await html(leader.request("/reveal-requests"));
    expect(pending).toContain(tip.code);
    expect(pending).toContain("Cần mời người báo tin làm chứng");
    expect((await officer.request("/reveal-requests")).status).toBe(403);
    expect((await leader.request(`/tickets/${tip.code}/reveal/${request.id}`, { form: { decision: "approve", note: "Đồng ý" } })).headers.get("location")).toContain("ok=reveal-decision");

    const revealed = await html(officer.request(`/tickets/${tip.code}`));
    expect(revealed).toContain("Trần Thị Bí Mật");
    expect(revealed).toContain("+84912345678");
    expect(revealed).not.toContain(tip.chatId);
    expect(await html(leader.request(`/tickets/${tip.code}`))).not.toContain("Trần Thị Bí Mật");
    const audit = await env.db.prisma.auditLog.findMany({ where: { action: { in: ["identity.request", "identity.approve", "identity.reveal"] } } });
    expect(audit.map((row) => row.action).sort()).toEqual(["identity.approve", "identity.request", "identity.reveal"]);
  });

  it("shows the sender of a non-anonymous ticket and audits every view of a tip", async () => {
    const tip = await createCitizenTicket(env.db, { text: "Trộm xe máy", unitCode: "PC04", displayName: "Lê Văn Công Khai" });
    const before = await env.db.prisma.auditLog.count({ where: { action: "ticket.view" } });
    expect(await html(officer.request(`/tickets/${tip.code}`))).toContain("Lê Văn Công Khai");
    await officer.request(`/api/tickets/${tip.code}`);
    expect(await env.db.prisma.auditLog.count({ where: { action: "ticket.view" } })).toBe(before + 2);
  });
});

describe("language", () => {
  it("switches to English with a cookie and back", async () => {
    const switched = await env.app.request("/lang/en", { headers: { referer: "http://localhost/?status=all" } });
    expect(switched.headers.get("location")).toBe("/?status=all");
    const cookie = switched.headers.getSetCookie()[0]!.split(";")[0]!;
    const page = await html(env.app.request("/", { headers: { cookie: `${officer.cookie}; ${cookie}` } }));
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Tickets");
    expect(await html(officer.request("/"))).toContain('<html lang="vi">');
  });
});
