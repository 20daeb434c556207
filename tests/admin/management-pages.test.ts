import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminTestApp, type TAdminTestApp, type TStaffClient } from "./support/admin-test-app.ts";

let env: TAdminTestApp;
let admin: TStaffClient;

beforeAll(async () => {
  env = await createAdminTestApp();
  admin = await env.signIn("admin");
});
afterAll(async () => {
  await env?.dispose();
});

const html = async (response: Response | Promise<Response>) => (await response).text();
const location = async (response: Response | Promise<Response>) => (await response).headers.get("location") ?? "";

describe("users", () => {
  it("creates, changes, disables and resets a user from the page", async () => {
    expect(await html(admin.request("/admin/users"))).toContain("canbo.pc04");
    expect(await location(admin.request("/admin/users", { form: { username: "canbo.pc08", displayName: "Cán bộ PC08", role: "officer", unitCode: "PC08", password: "initial-password-1" } }))).toContain("ok=user-created");
    expect(await location(admin.request("/admin/users", { form: { username: "canbo.pc08", displayName: "X", role: "officer", unitCode: "PC08", password: "initial-password-1" } }))).toContain("error=CONFLICT");
    expect(await location(admin.request("/admin/users/canbo.pc08", { form: { displayName: "Cán bộ PC08 mới", role: "leader", unitCode: "PC07" } }))).toContain("ok=user-updated");
    const user = await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "canbo.pc08" }, include: { unit: true } });
    expect(user).toMatchObject({ displayName: "Cán bộ PC08 mới", role: "leader", isActive: false, mustChangePassword: true });
    expect(user.unit.code).toBe("PC07");
    expect(await location(admin.request("/admin/users/canbo.pc08/password", { form: { newPassword: "short" } }))).toContain("error=VALIDATION");
    expect(await location(admin.request("/admin/users/canbo.pc08/password", { form: { newPassword: "another-password-2" } }))).toContain("ok=password-reset");
    const page = await html(admin.request("/admin/users?ok=user-updated"));
    expect(page).toContain("Đã cập nhật tài khoản.");
    expect(page).toContain("Cán bộ PC08 mới");
  });

  it("links a staff member's Telegram account (answers from the unit's group)", async () => {
    const form = { displayName: "Cán bộ PC04 (demo)", role: "officer", unitCode: "PC04", isActive: "yes" };
    expect(await location(admin.request("/admin/users/canbo.pc04", { form: { ...form, telegramUserId: "123456789" } }))).toContain("ok=user-updated");
    expect((await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "canbo.pc04" } })).telegramUserId).toBe("123456789");
    expect(await location(admin.request("/admin/users/canbo.pc06", { form: { ...form, unitCode: "PC06", telegramUserId: "123456789" } }))).toContain("error=CONFLICT");
    expect(await location(admin.request("/admin/users/canbo.pc04", { form: { ...form, telegramUserId: "@someone" } }))).toContain("field=telegramUserId");
  });

  it("shows a new API token once", async () => {
    const page = await html(admin.request("/admin/users/canbo.pc04/tokens", { form: { name: "báo cáo" } }));
    expect(page).toMatch(/id="new-token">lnt_[\w-]+</);
    expect(await html(admin.request("/admin/users"))).not.toContain('id="new-token"');
  });
});

describe("units", () => {
  it("shows the tree with wards and saves the notification chat", async () => {
    const page = await html(admin.request("/admin/units"));
    expect(page).toContain("Công an tỉnh Phú Thọ");
    expect(page).toMatch(/xã, phường/);
    expect(await location(admin.request("/admin/units/PC04", { form: { name: "Phòng Cảnh sát điều tra tội phạm về ma túy", notifyTelegramChatId: "-1001234567890", isActive: "yes" } }))).toContain("ok=saved");
    expect((await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "PC04" } })).notifyTelegramChatId).toBe("-1001234567890");
    expect(await location(admin.request("/admin/units/PC04", { form: { name: "x", notifyTelegramChatId: "not a chat", isActive: "yes" } }))).toContain("field=notifyTelegramChatId");
    expect(await location(admin.request("/admin/units", { form: { code: "PC09", name: "Phòng mới", kind: "department", parentCode: "CAT" } }))).toContain("ok=saved");
    expect(await html(admin.request("/admin/units"))).toContain("Phòng mới");
  });
});

describe("wards", () => {
  it("moves a ward to another station, keeps its old names and audits the change", async () => {
    const page = await html(admin.request("/admin/wards"));
    expect(page).toContain("xã Lâm Thao");
    expect(page).toContain("huyện Lâm Thao");
    const form = { name: "xã Lâm Thao", type: "xa", stationCode: "CAX-DOANHUNG", aliases: "huyện Lâm Thao, TT. Lâm Thao\nthị trấn Lâm Thao, huyện Lâm Thao" };
    expect(await location(admin.request("/admin/wards/X-LAMTHAO", { form }))).toContain("ok=saved");
    const ward = await env.db.prisma.ward.findUniqueOrThrow({ where: { code: "X-LAMTHAO" }, include: { stationUnit: true } });
    expect(ward.stationUnit.code).toBe("CAX-DOANHUNG");
    expect(ward.aliases).toEqual(["huyện Lâm Thao", "TT. Lâm Thao", "thị trấn Lâm Thao"]);
    const audit = await env.db.prisma.auditLog.findFirstOrThrow({ where: { action: "config.ward.update", entityId: ward.id } });
    expect(audit.details).toMatchObject({ code: "X-LAMTHAO", station: { from: "CAX-LAMTHAO", to: "CAX-DOANHUNG" } });
  });

  it("refuses a department as a ward's station and names the field", async () => {
    const form = { name: "xã Lâm Thao", type: "xa", stationCode: "PC04", aliases: "" };
    expect(await location(admin.request("/admin/wards/X-LAMTHAO", { form }))).toContain("field=stationCode");
    expect(await location(admin.request("/admin/wards/X-LAMTHAO", { form: { ...form, stationCode: "CAX-LAMTHAO", type: "huyen" } }))).toContain("field=type");
  });

  it("adds a ward", async () => {
    const form = { code: "x-moi", name: "xã Mới", type: "xa", stationCode: "CAX-LAMTHAO", aliases: "xã Cũ" };
    expect(await location(admin.request("/admin/wards", { form }))).toContain("ok=saved");
    expect(await env.db.prisma.ward.findUniqueOrThrow({ where: { code: "X-MOI" } })).toMatchObject({ name: "xã Mới", aliases: ["xã Cũ"] });
    expect(await location(admin.request("/admin/wards", { form }))).toContain("error=CONFLICT");
  });

  it("is for administrators only", async () => {
    const officer = await env.signIn("canbo.pc04");
    expect((await officer.request("/admin/wards")).status).toBe(403);
    expect((await officer.request("/admin/wards/X-LAMTHAO", { form: { name: "x", type: "xa", stationCode: "CAX-LAMTHAO", aliases: "" } })).status).toBe(403);
  });
});

describe("categories", () => {
  it("changes deadlines and the default unit", async () => {
    expect(await html(admin.request("/admin/categories"))).toContain("tip.drugs");
    const form = { nameVi: "Ma túy", nameEn: "Drugs", firstResponseHours: "12", resolutionDays: "15", dayType: "working", defaultUnitCode: "PC04", isActive: "yes" };
    expect(await location(admin.request("/admin/categories/tip.drugs", { form }))).toContain("ok=saved");
    expect(await env.db.prisma.category.findUniqueOrThrow({ where: { code: "tip.drugs" } })).toMatchObject({ firstResponseHours: 12, resolutionDays: 15, dayType: "working" });
    expect(await location(admin.request("/admin/categories/tip.drugs", { form: { ...form, resolutionDays: "0" } }))).toContain("field=resolutionDays");
  });
});

describe("routing rules", () => {
  it("adds ordered rules and explains where a sample message would go", async () => {
    expect(await location(admin.request("/admin/routing", { form: { name: "Ma túy ở Lạc Thủy", targetUnitCode: "CAP-VIETTRI", kinds: "tip", keywords: "ma túy, cỏ mỹ" } }))).toContain("ok=saved");
    expect(await location(admin.request("/admin/routing", { form: { name: "Zalo về PV01", targetUnitCode: "PV01", channels: "zalo" } }))).toContain("ok=saved");
    const trial = await html(admin.request("/admin/routing?sample=" + encodeURIComponent("có người bán ma tuý ở chợ") + "&channel=telegram"));
    expect(trial).toContain('id="routing-result"');
    expect(trial).toContain("CAP-VIETTRI");
    expect(trial).toContain("Ma túy ở Lạc Thủy");
    const rules = await env.db.prisma.routingRule.findMany({ orderBy: { position: "asc" } });
    expect(rules.map((rule) => rule.name)).toEqual(["Ma túy ở Lạc Thủy", "Zalo về PV01"]);
    await admin.request(`/admin/routing/${rules[1]!.id}/move`, { form: { direction: "up" } });
    expect((await env.db.prisma.routingRule.findMany({ orderBy: { position: "asc" } })).map((rule) => rule.name)).toEqual(["Zalo về PV01", "Ma túy ở Lạc Thủy"]);
    await admin.request(`/admin/routing/${rules[0]!.id}/toggle`, { form: {} });
    const afterToggle = await html(admin.request("/admin/routing?sample=" + encodeURIComponent("có người bán ma tuý ở chợ")));
    expect(afterToggle).not.toMatch(/<strong>CAP-VIETTRI<\/strong>/);
    const complaint = await html(admin.request("/admin/routing?sample=" + encodeURIComponent("cán bộ công an xã nhũng nhiễu, đòi tiền khi làm căn cước")));
    expect(complaint).toContain('id="routing-result"');
    await admin.request(`/admin/routing/${rules[0]!.id}/delete`, { form: {} });
    expect(await env.db.prisma.routingRule.count()).toBe(1);
  });
});

describe("FAQ, canned replies, holidays", () => {
  it("edits FAQ entries", async () => {
    const entry = await env.db.prisma.faqEntry.findFirstOrThrow();
    expect(await html(admin.request("/admin/faq"))).toContain(entry.slug);
    expect(await location(admin.request(`/admin/faq/${entry.slug}`, { form: { question: "Câu hỏi mới?", answer: "Trả lời mới.", keywords: "a, b", categoryCode: "" } }))).toContain("ok=saved");
    expect(await env.db.prisma.faqEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ question: "Câu hỏi mới?", keywords: ["a", "b"], isPublished: false });
    expect(await location(admin.request("/admin/faq", { form: { slug: "lam-giay-xac-nhan", question: "Làm giấy xác nhận ở đâu?", answer: "Tại Công an xã.", keywords: "xac nhan", categoryCode: "question.residence" } }))).toContain("ok=saved");
    expect(await location(admin.request("/admin/faq", { form: { slug: "Bad Slug", question: "q", answer: "a" } }))).toContain("field=slug");
  });

  it("creates, edits and deletes canned replies", async () => {
    expect(await location(admin.request("/admin/canned-replies", { form: { key: "hen_lam_viec", title: "Hẹn làm việc", body: "Mời bạn đến trụ sở.", unitCode: "PC04" } }))).toContain("ok=saved");
    expect(await location(admin.request("/admin/canned-replies/hen_lam_viec", { form: { title: "Hẹn làm việc (sửa)", body: "Mời bạn đến.", unitCode: "" } }))).toContain("ok=saved");
    expect(await html(admin.request("/admin/canned-replies"))).toContain("Hẹn làm việc (sửa)");
    expect(await location(admin.request("/admin/canned-replies/hen_lam_viec/delete", { form: {} }))).toContain("ok=deleted");
    expect(await env.db.prisma.cannedReply.findUnique({ where: { key: "hen_lam_viec" } })).toBeNull();
  });

  it("adds and removes holidays", async () => {
    expect(await location(admin.request("/admin/holidays", { form: { date: "2026-09-02", name: "Quốc khánh" } }))).toContain("ok=saved");
    expect(await location(admin.request("/admin/holidays", { form: { date: "2026-09-02", name: "Trùng" } }))).toContain("error=CONFLICT");
    expect(await location(admin.request("/admin/holidays", { form: { date: "02/09/2026", name: "Sai" } }))).toContain("field=date");
    expect(await html(admin.request("/admin/holidays"))).toContain("Quốc khánh");
    const holiday = await env.db.prisma.holiday.findFirstOrThrow();
    expect(await location(admin.request(`/admin/holidays/${holiday.id}/delete`, { form: {} }))).toContain("ok=deleted");
  });
});

describe("audit log", () => {
  it("lists and filters entries, and verifies the chain", async () => {
    const page = await html(admin.request("/audit?action=config."));
    expect(page).toContain("config.routing.create");
    expect(page).not.toContain("<code>auth.login</code>");
    const byActor = await html(admin.request("/audit?actor=admin&action=auth.login"));
    expect(byActor).toContain("auth.login");
    const verified = await html(admin.request("/audit/verify", { form: {} }));
    expect(verified).toMatch(/Chuỗi nhật ký toàn vẹn: đã kiểm tra [\d.]+ bản ghi/);
  });

  it("detects an edited entry", async () => {
    const row = await env.db.prisma.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    await env.db.prisma.auditLog.update({ where: { id: row.id }, data: { actorLabel: "someone-else" } });
    const verified = await html(admin.request("/audit/verify", { form: {} }));
    expect(verified).toContain(`bị sửa đổi tại bản ghi #${row.id}`);
  });
});
