import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminTestApp, type TAdminTestApp } from "./support/admin-test-app.ts";

let env: TAdminTestApp;
/** Every ticket so far, as a custom period (local dates). */
const ALL_TIME = `preset=custom&from=2020-01-01&to=${new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)}`;
const counted = { isSpam: false, mergedIntoId: null };

beforeAll(async () => {
  env = await createAdminTestApp();
}, 240_000);
afterAll(async () => {
  await env?.dispose();
});

describe("statistics and reports in the panel", () => {
  it("are behind sign-in", async () => {
    for (const path of ["/dashboard", "/dashboard/data.json", "/reports"]) {
      const response = await env.app.request(path);
      expect([302, 303, 401]).toContain(response.status);
    }
  });

  it("show a leader the dashboard with figures and our own chart script, linked from the menu", async () => {
    const leader = await env.signIn("lanhdao");
    const page = await leader.request("/dashboard?preset=30d");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Tiếp nhận");
    expect(html).toContain('href="/dashboard"');
    expect(html).toContain('src="/dashboard/static/chart.umd.js"');
    const data = (await (await leader.request(`/dashboard/data.json?${ALL_TIME}`)).json()) as { current: { received: number } };
    expect(data.current.received).toBeGreaterThan(0);
    expect(data.current.received).toBe(await env.db.prisma.ticket.count({ where: counted }));
    expect((await leader.request("/reports")).status).toBe(200);
    const chart = await leader.request("/dashboard/static/chart.umd.js");
    expect(chart.status).toBe(200);
  });

  it("keeps an officer's dashboard to their own unit", async () => {
    const officer = await env.signIn("canbo.pc04");
    const data = (await (await officer.request(`/dashboard/data.json?${ALL_TIME}`)).json()) as { current: { received: number } };
    const pc04 = await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "PC04" } });
    const expected = await env.db.prisma.ticket.count({ where: { ...counted, unitId: pc04.id } });
    expect(expected).toBeGreaterThan(0);
    expect(data.current.received).toBe(expected);
  });

  it("keeps the public transparency page off until an admin turns it on", async () => {
    expect((await env.app.request("/cong-khai")).status).toBe(404);
  });
});

describe("notifications in the panel", () => {
  it("lists a staff member's reminders in their language and marks them read", async () => {
    const leader = await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "lanhdao" } });
    const ticket = await env.db.prisma.ticket.findFirstOrThrow();
    await env.db.prisma.notification.create({ data: { userId: leader.id, ticketId: ticket.id, kind: "sla.overdue", data: { code: ticket.code, unitCode: "CAT" } } });
    const client = await env.signIn("lanhdao");
    const page = await (await client.request("/notifications")).text();
    expect(page).toContain(`Hồ sơ ${ticket.code}: đã quá hạn giải quyết`);
    expect(page).toContain("Đánh dấu đã đọc (1)");
    const officer = await env.signIn("canbo.pc06");
    expect(await (await officer.request("/notifications")).text()).not.toContain(`Hồ sơ ${ticket.code}: đã quá hạn`);
    const read = await client.request("/notifications/read", { method: "POST", form: {} });
    expect(read.status).toBe(303);
    expect(await env.db.prisma.notification.count({ where: { userId: leader.id, readAt: null } })).toBe(0);
    const refused = await client.request("/notifications/read", { method: "POST", form: {}, withoutCsrf: true });
    expect(refused.status).toBe(403);
  });
});
