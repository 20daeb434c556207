import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceDataVersion } from "../../core/cache/reference-data.ts";
import { SLA_SETTING_KEYS } from "../../core/sla/sla-settings.ts";
import { createAdminTestApp, type TAdminTestApp } from "./support/admin-test-app.ts";

let env: TAdminTestApp;

beforeAll(async () => {
  env = await createAdminTestApp({ withDemoTickets: false });
}, 240_000);
afterAll(async () => {
  await env?.dispose();
});

const VALID = {
  escalationDelayHours: "12",
  maxEscalationLevels: "3",
  autoCloseDays: "10",
  workingWeekdays: ["1", "2", "3", "4", "5", "6"],
  transparencyEnabled: "yes",
};

/** A form body with repeated fields (one per checked weekday), as a browser sends it. */
function formBody(values: Record<string, string | string[]>, csrf?: string): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  if (csrf) body.append("_csrf", csrf);
  return body;
}

async function settingValue(key: string) {
  return (await env.db.prisma.setting.findUnique({ where: { key } }))?.value ?? null;
}

describe("settings page (/admin/settings)", () => {
  it("is for administrators only, and linked from their menu", async () => {
    const admin = await env.signIn("admin");
    const page = await admin.request("/admin/settings");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="/admin/settings"');
    expect(html).toContain('name="escalationDelayHours" type="number"');
    expect(html).toContain('href="/admin/categories"');
    expect(html).toContain('href="/admin/holidays"');
    // Defaults: Monday to Friday, transparency off.
    expect(html).toMatch(/value="5" checked/);
    expect(html).not.toMatch(/value="6" checked/);

    const leader = await env.signIn("lanhdao");
    expect((await leader.request("/admin/settings")).status).toBe(403);
    const refused = await leader.request("/admin/settings", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: formBody(VALID, leader.csrfToken).toString() });
    expect(refused.status).toBe(403);
    expect(await settingValue(SLA_SETTING_KEYS.escalationDelayHours)).toBeNull();
    expect(await (await leader.request("/")).text()).not.toContain('href="/admin/settings"');
    expect([302, 303, 401]).toContain((await env.app.request("/admin/settings")).status);
  });

  it("refuses a change without the CSRF token", async () => {
    const admin = await env.signIn("admin");
    const response = await admin.request("/admin/settings", { method: "POST", withoutCsrf: true, headers: { "content-type": "application/x-www-form-urlencoded" }, body: formBody(VALID).toString() });
    expect(response.status).toBe(403);
    expect(await settingValue(SLA_SETTING_KEYS.escalationDelayHours)).toBeNull();
  });

  it("explains politely, in the reader's language, what is wrong and keeps what was typed", async () => {
    const admin = await env.signIn("admin");
    const bad = formBody({ ...VALID, escalationDelayHours: "0", autoCloseDays: "abc", workingWeekdays: [] }, admin.csrfToken);
    const response = await admin.request("/admin/settings", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: bad.toString() });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Xin vui lòng nhập một số giờ nguyên, từ 1 đến 1440.");
    expect(html).toContain("Xin vui lòng nhập một số ngày nguyên, từ 0 đến 365.");
    expect(html).toContain("Xin vui lòng chọn ít nhất một ngày làm việc trong tuần.");
    expect(html).not.toContain("Xin vui lòng nhập một số nguyên từ 0 đến 10.");
    expect(html).toContain('name="escalationDelayHours" type="number" min="1" max="1440" step="1" value="0"');
    expect(await settingValue(SLA_SETTING_KEYS.escalationDelayHours)).toBeNull();

    const english = await env.app.request("/admin/settings", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${admin.cookie}; ln_lang=en`, "x-csrf-token": admin.csrfToken }, body: bad.toString() });
    expect(english.status).toBe(422);
    const englishHtml = await english.text();
    expect(englishHtml).toContain("Please enter a whole number of hours from 1 to 1440.");
    expect(englishHtml).toContain("Please choose at least one working day.");
  });

  it("saves valid settings, audits each change with the old and new value, and turns the public page on", async () => {
    expect((await env.app.request("/cong-khai")).status).toBe(404);
    const admin = await env.signIn("admin");
    const cacheVersion = referenceDataVersion();
    const response = await admin.request("/admin/settings", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: formBody(VALID, admin.csrfToken).toString() });
    expect(response.status).toBe(303);
    // New tickets' cached work calendar is dropped, so the new weekdays apply at once.
    expect(referenceDataVersion()).toBeGreaterThan(cacheVersion);
    expect(response.headers.get("location")).toBe("/admin/settings?ok=saved");
    expect(await settingValue(SLA_SETTING_KEYS.escalationDelayHours)).toBe(12);
    expect(await settingValue(SLA_SETTING_KEYS.maxEscalationLevels)).toBe(3);
    expect(await settingValue(SLA_SETTING_KEYS.autoCloseDays)).toBe(10);
    expect(await settingValue("calendar.workingWeekdays")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await settingValue("transparency.enabled")).toBe(true);
    expect(await settingValue("transparency.includeTips")).toBeNull(); // unchanged (off), so not written

    const audit = await env.db.prisma.auditLog.findFirstOrThrow({ where: { action: "config.settings.update" }, orderBy: { id: "desc" } });
    expect(audit.actorLabel).toBe("admin");
    const changes = (audit.details as { changes: { key: string; from: unknown; to: unknown }[] }).changes;
    expect(changes).toContainEqual({ key: SLA_SETTING_KEYS.escalationDelayHours, from: 24, to: 12 });
    expect(changes).toContainEqual({ key: "calendar.workingWeekdays", from: [1, 2, 3, 4, 5], to: [1, 2, 3, 4, 5, 6] });
    expect(changes).toContainEqual({ key: "transparency.enabled", from: false, to: true });
    expect(changes.map((change) => change.key)).not.toContain("transparency.includeTips");

    expect((await env.app.request("/cong-khai")).status).toBe(200);
    const page = await (await admin.request("/admin/settings?ok=saved")).text();
    expect(page).toContain("Đã lưu.");
    expect(page).toMatch(/value="6" checked/);

    // Saving the same values again changes nothing and audits nothing.
    const audits = await env.db.prisma.auditLog.count({ where: { action: "config.settings.update" } });
    const again = await admin.request("/admin/settings", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: formBody(VALID, admin.csrfToken).toString() });
    expect(again.headers.get("location")).toBe("/admin/settings?ok=unchanged");
    expect(await env.db.prisma.auditLog.count({ where: { action: "config.settings.update" } })).toBe(audits);

    // Turning it off again hides the public page.
    const { transparencyEnabled: _dropped, ...off } = VALID;
    await admin.request("/admin/settings", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: formBody(off, admin.csrfToken).toString() });
    expect((await env.app.request("/cong-khai")).status).toBe(404);
  });
});

describe("language of units' Telegram group posts", () => {
  it("an admin sets it per unit, audited; an unknown language is refused politely", async () => {
    const admin = await env.signIn("admin");
    expect(await (await admin.request("/admin/settings")).text()).toContain('name="language-PC06"');
    const saved = await admin.request("/admin/settings/group-languages", { form: { "language-PC06": "en" } });
    expect(saved.headers.get("location")).toBe("/admin/settings?ok=saved#group-languages");
    expect((await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "PC06" } })).groupLanguage).toBe("en");
    expect((await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "PC04" } })).groupLanguage).toBe("vi");
    const audit = await env.db.prisma.auditLog.findFirstOrThrow({ where: { action: "config.unit.group_language" } });
    expect((audit.details as { changes: unknown[] }).changes).toEqual([{ unitCode: "PC06", from: "vi", to: "en" }]);

    const refused = await admin.request("/admin/settings/group-languages", { form: { "language-PC04": "fr" } });
    expect(refused.headers.get("location")).toContain("error=VALIDATION");
    expect((await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "PC04" } })).groupLanguage).toBe("vi");
    const leader = await env.signIn("lanhdao");
    expect((await leader.request("/admin/settings/group-languages", { form: { "language-PC04": "en" } })).status).toBe(403);
  });
});

describe("unread notices badge in the menu", () => {
  it("every page asks for it; it shows the signed-in person's unread count and clears once read", async () => {
    const officer = await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "canbo.pc06" } });
    const client = await env.signIn("canbo.pc06");
    expect(await (await client.request("/")).text()).toContain('hx-get="/notifications/badge"');
    const empty = await (await client.request("/notifications/badge")).text();
    expect(empty).toContain('data-unread="0"');

    await env.db.prisma.notification.createMany({
      data: [
        { userId: officer.id, kind: "sla.due_50", data: { code: "HT-26-000001" } },
        { userId: officer.id, kind: "sla.due_80", data: { code: "HT-26-000002" } },
        { unitId: officer.unitId, kind: "sla.due_50", data: { code: "HT-26-000003" } },
      ],
    });
    // Someone else's notice does not count.
    const leader = await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "lanhdao" } });
    await env.db.prisma.notification.create({ data: { userId: leader.id, kind: "sla.overdue", data: { code: "HT-26-000004" } } });

    env.clock.advance(11_000); // past the badge's few seconds of memory
    const badge = await (await client.request("/notifications/badge")).text();
    expect(badge).toContain('data-unread="3"');
    expect(badge).toContain(">3</span>");
    expect(badge).toContain("3 thông báo chưa đọc");
    expect(badge).toContain('hx-trigger="load, every 60s"');

    await client.request("/notifications/read", { method: "POST", form: {} });
    expect(await (await client.request("/notifications/badge")).text()).toContain('data-unread="0"');
    const leaderClient = await env.signIn("lanhdao");
    expect(await (await leaderClient.request("/notifications/badge")).text()).toContain('data-unread="1"');
  });

  it("is behind sign-in", async () => {
    expect([302, 303, 401]).toContain((await env.app.request("/notifications/badge")).status);
  });
});
