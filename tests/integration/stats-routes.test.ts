import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { parseCsv } from "../../core/reports/csv.ts";
import { loadDashboard } from "../../core/stats/load-dashboard.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTranslator } from "../../locales/translator.ts";
import { createDashboardRoutes } from "../../admin/dashboard/dashboard-routes.tsx";
import type { TAdminEnv } from "../../admin/http/admin-env.ts";
import { createReportRoutes } from "../../admin/reports/report-routes.tsx";
import { createTransparencyRoutes } from "../../admin/reports/transparency-routes.tsx";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

describe("dashboard and report routes (mounted as the lead will: /dashboard and /reports behind the staff guard)", () => {
  let db: TTestDatabase;
  let now: Date;
  const actors: Record<string, TActor> = {};
  const translator = createTranslator();

  /** The panel's middleware reduced to what the routes read: language, translator, actor, session. */
  function appFor(username: string) {
    const deps = { prisma: db.prisma, clock: fixedClock(now), box: db.box, wakeOutbox: () => undefined };
    const app = new Hono<TAdminEnv>();
    app.use("*", async (c, next) => {
      c.set("lang", "vi");
      c.set("t", translator.t("vi"));
      c.set("actor", actors[username]!);
      c.set("session", null);
      await next();
    });
    app.route("/dashboard", createDashboardRoutes({ deps }));
    app.route("/reports", createReportRoutes({ deps }));
    return app;
  }

  beforeAll(async () => {
    db = await createSeededTestDatabase({ withDemoData: true });
    now = new Date(Date.now() + 1000);
    for (const user of await db.prisma.staffUser.findMany()) actors[user.username] = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId };
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("the page shows KPI cards, the ranking, tables, heat table and loads our own chart scripts", async () => {
    const response = await appFor("lanhdao").request("/dashboard?preset=30d");
    expect(response.status).toBe(200);
    const html = await response.text();
    const dashboard = await loadDashboard(actors.lanhdao!, { preset: "30d" }, { prisma: db.prisma, clock: fixedClock(now) });
    expect(html).toContain("Tiếp nhận");
    expect(html).toContain(`<div class="kpi-value">${dashboard.current.received}</div>`);
    expect(html).toContain("Xếp hạng đơn vị");
    expect(html).toContain('src="/dashboard/static/dashboard.js"');
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script (CSP)
    expect(html).not.toContain("style=");
    expect(html).not.toMatch(/https?:\/\/cdn/);
  });

  it("the JSON endpoint returns the scoped figures, and refuses a unit outside the scope", async () => {
    const leader = await (await appFor("lanhdao").request("/dashboard/data.json?preset=30d")).json() as { current: { received: number }; labels: { received: string } };
    const officer = await (await appFor("canbo.pc06").request("/dashboard/data.json?preset=30d")).json() as { current: { received: number }; byUnit: { code: string }[] };
    expect(leader.labels.received).toBe("Tiếp nhận");
    expect(officer.current.received).toBeLessThan(leader.current.received);
    expect(officer.byUnit.every((row) => row.code === "PC06")).toBe(true);
    expect((await appFor("canbo.pc06").request("/dashboard/data.json?unit=PC04")).status).toBe(404);
    expect((await appFor("canbo.pc06").request("/dashboard?unit=PC04")).status).toBe(404);
  });

  it("serves the dashboard script, its CSS and Chart.js itself", async () => {
    const app = appFor("lanhdao");
    for (const file of ["dashboard.js", "chart.umd.js", "dashboard.css"]) {
      const response = await app.request(`/dashboard/static/${file}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
    expect((await app.request("/dashboard/static/../../package.json")).status).toBe(404);
  });

  it("exports tickets as CSV by POST, personal data only for leaders", async () => {
    const leader = await appFor("lanhdao").request("/reports/tickets.csv?preset=year", { method: "POST", body: new URLSearchParams({ includePersonalData: "yes" }) });
    expect(leader.status).toBe(200);
    expect(leader.headers.get("content-disposition")).toMatch(/attachment; filename="langnghe-tickets-.*\.csv"/);
    const rows = parseCsv(await leader.text());
    expect(rows[0]).toContain("Nội dung");
    const officer = await appFor("canbo.pc06").request("/reports/tickets.csv?preset=year", { method: "POST", body: new URLSearchParams({ includePersonalData: "yes" }) });
    expect(officer.status).toBe(403);
    const page = await (await appFor("canbo.pc06").request("/reports")).text();
    expect(page).not.toContain("includePersonalData");
  });

  it("the printable report and its PDF", async () => {
    const app = appFor("admin");
    const html = await (await app.request("/reports/periodic?preset=half")).text();
    expect(html).toContain("KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT Ý KIẾN CỦA NHÂN DÂN");
    expect(html).toContain("CÔNG AN TỈNH PHÚ THỌ");
    const pdf = await app.request("/reports/periodic.pdf?preset=half");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    const xlsx = await app.request("/reports/dashboard.xlsx?preset=30d");
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
  });

  it("the public transparency page is off by default, then shows aggregates only", async () => {
    const app = new Hono<TAdminEnv>();
    app.use("*", async (c, next) => {
      c.set("lang", "vi");
      c.set("t", translator.t("vi"));
      await next();
    });
    app.route("/cong-khai", createTransparencyRoutes({ prisma: db.prisma, clock: fixedClock(now) }));
    expect((await app.request("/cong-khai")).status).toBe(404);
    expect((await app.request("/cong-khai/data.json")).status).toBe(404);
    await db.prisma.setting.create({ data: { key: "transparency.enabled", value: true } });
    const page = await app.request("/cong-khai?preset=custom&from=2020-01-01");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Công khai kết quả");
    expect(html).toContain('href="/cong-khai/static/report.css"');
    expect((await app.request("/cong-khai/static/report.css")).status).toBe(200);
    const tickets = await db.prisma.ticket.findMany({ select: { summary: true, code: true, kind: true } });
    for (const ticket of tickets) {
      expect(html).not.toContain(ticket.code);
      expect(html).not.toContain(ticket.summary.slice(0, 30));
    }
    const figures = (await (await app.request("/cong-khai/data.json?preset=custom&from=2020-01-01")).json()) as { received: number; units: { received: number }[]; otherUnits: { received: number } };
    expect(figures.received).toBe(tickets.filter((ticket) => ticket.kind !== "tip").length);
    expect(figures.units.every((unit) => unit.received >= 5)).toBe(true);
    expect(figures.units.reduce((sum, unit) => sum + unit.received, 0) + figures.otherUnits.received).toBe(figures.received);
  });

  it("campaign pages: a leader opens and sends one and reads its summary; officers may not", async () => {
    expect((await appFor("canbo.pc06").request("/reports/campaigns")).status).toBe(403);
    const app = appFor("lanhdao");
    const created = await app.request("/reports/campaigns", { method: "POST", body: new URLSearchParams({ title: "Diễn đàn Công an lắng nghe", question: "Bạn góp ý gì về an ninh trật tự?", startsOn: "2026-01-01", endsOn: "2099-12-31" }) });
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toContain("ok=campaign-created");
    const campaign = await db.prisma.feedbackCampaign.findFirstOrThrow({ where: { title: "Diễn đàn Công an lắng nghe" } });
    expect(await (await app.request("/reports/campaigns")).text()).toContain("Diễn đàn Công an lắng nghe");
    const sent = await app.request(`/reports/campaigns/${campaign.id}/broadcast`, { method: "POST" });
    expect(sent.headers.get("location")).toContain("ok=campaign-sent");
    expect((await db.prisma.feedbackCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("sent");
    const summary = await app.request(`/reports/campaigns/${campaign.id}`);
    expect(summary.status).toBe(200);
    expect(await summary.text()).toContain("Bạn góp ý gì về an ninh trật tự?");
    const invalid = await app.request("/reports/campaigns", { method: "POST", body: new URLSearchParams({ title: "x", question: "", startsOn: "", endsOn: "" }) });
    expect(invalid.headers.get("location")).toContain("error=VALIDATION");
  });
});
