import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCitizenTicket } from "./support/citizen-ticket.ts";
import { createAdminTestApp, type TAdminTestApp, type TStaffClient } from "./support/admin-test-app.ts";

/**
 * Each role × where the ticket is (own unit, a unit below, another unit, the unit above) × each
 * action. Out of scope must look exactly like "no such ticket": 404, on pages and in the API.
 */
let env: TAdminTestApp;
const clients: Record<string, TStaffClient> = {};

beforeAll(async () => {
  env = await createAdminTestApp();
  const admin = await env.signIn("admin");
  const created = await admin.request("/api/users", { json: { username: "lanhdao.pc06", displayName: "Lãnh đạo PC06", role: "leader", unitCode: "PC06", password: "leader-pc06-password" } });
  expect(created.status).toBe(201);
  await env.db.prisma.staffUser.update({ where: { username: "lanhdao.pc06" }, data: { mustChangePassword: false } });
  const station = await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "CAP-VIETTRI" } });
  const pc06 = await env.db.prisma.unit.findUniqueOrThrow({ where: { code: "PC06" } });
  // A unit below PC06 so the PC06 leader has a "below" case.
  await env.db.prisma.unit.create({ data: { code: "PC06-DOI1", name: "Đội 1 PC06", kind: "department", parentId: pc06.id } });
  expect(station.parentId).not.toBeNull();
  clients.admin = admin;
  clients.leaderCat = await env.signIn("lanhdao");
  clients.leaderPc06 = await env.signIn("lanhdao.pc06", "leader-pc06-password");
  clients.officerPc06 = await env.signIn("canbo.pc06");
});
afterAll(async () => {
  await env?.dispose();
});

type TAction = "view-page" | "view-api" | "reply" | "note" | "transfer" | "status";
const ACTIONS: TAction[] = ["view-page", "view-api", "reply", "note", "transfer", "status"];

/** Runs one action and says whether it was allowed (2xx/3xx) or hidden (404). */
async function attempt(client: TStaffClient, action: TAction, code: string): Promise<"allowed" | "hidden" | number> {
  const response = await (async () => {
    switch (action) {
      case "view-page":
        return client.request(`/tickets/${code}`);
      case "view-api":
        return client.request(`/api/tickets/${code}`);
      case "reply":
        return client.request(`/api/tickets/${code}/replies`, { json: { text: "Trả lời thử quyền" } });
      case "note":
        return client.request(`/tickets/${code}/notes`, { form: { text: "Ghi chú thử quyền" } });
      case "transfer":
        return client.request(`/api/tickets/${code}`, { method: "PATCH", json: { unitCode: "PV06", reason: "Thử quyền chuyển" } });
      case "status":
        return client.request(`/api/tickets/${code}`, { method: "PATCH", json: { status: "in_progress" } });
    }
  })();
  if (response.status === 404) return "hidden";
  if (response.status < 400) return "allowed";
  return response.status;
}

const matrix: { actor: string; where: string; unitCode: string; expected: "allowed" | "hidden" }[] = [
  { actor: "admin", where: "own unit", unitCode: "CAT", expected: "allowed" },
  { actor: "admin", where: "other unit", unitCode: "PC04", expected: "allowed" },
  { actor: "leaderCat", where: "own unit", unitCode: "CAT", expected: "allowed" },
  { actor: "leaderCat", where: "unit below", unitCode: "PC04", expected: "allowed" },
  { actor: "leaderCat", where: "station below", unitCode: "CAP-VIETTRI", expected: "allowed" },
  { actor: "leaderPc06", where: "own unit", unitCode: "PC06", expected: "allowed" },
  { actor: "leaderPc06", where: "unit below", unitCode: "PC06-DOI1", expected: "allowed" },
  { actor: "leaderPc06", where: "other unit", unitCode: "PC04", expected: "hidden" },
  { actor: "leaderPc06", where: "unit above", unitCode: "CAT", expected: "hidden" },
  { actor: "officerPc06", where: "own unit", unitCode: "PC06", expected: "allowed" },
  { actor: "officerPc06", where: "unit below", unitCode: "PC06-DOI1", expected: "hidden" },
  { actor: "officerPc06", where: "other unit", unitCode: "PC04", expected: "hidden" },
  { actor: "officerPc06", where: "unit above", unitCode: "CAT", expected: "hidden" },
];

describe("authorization matrix", () => {
  for (const row of matrix) {
    it(`${row.actor} × ${row.where} (${row.unitCode}): ${ACTIONS.join("/")} → ${row.expected}`, async () => {
      const results: Record<string, unknown> = {};
      for (const action of ACTIONS) {
        const { code } = await createCitizenTicket(env.db, { text: `Kiểm tra quyền ${action}`, unitCode: row.unitCode });
        results[action] = await attempt(clients[row.actor]!, action, code);
      }
      expect(results).toEqual(Object.fromEntries(ACTIONS.map((action) => [action, row.expected])));
    });
  }

  it("an officer probing other units' codes learns nothing: same 404 as a code that does not exist", async () => {
    const officer = clients.officerPc06!;
    const others = await env.db.prisma.ticket.findMany({ where: { unit: { code: { not: "PC06" } } }, take: 15, select: { code: true } });
    for (const { code } of others) {
      const page = await officer.request(`/tickets/${code}`);
      expect(page.status).toBe(404);
      const api = await officer.request(`/api/tickets/${code}`);
      expect(api.status).toBe(404);
      expect(await api.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such ticket" } });
    }
    const missing = await officer.request("/api/tickets/TG-99-999999");
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such ticket" } });
  });

  it("an officer's queue and API list only their unit, whatever unit filter they send", async () => {
    const officer = clients.officerPc06!;
    const body = (await (await officer.request("/api/tickets?status=all&pageSize=100&unit=PC04")).json()) as { items: unknown[] };
    expect(body.items).toHaveLength(0);
    const all = (await (await officer.request("/api/tickets?status=all&pageSize=100")).json()) as { items: { unitCode: string }[] };
    expect(all.items.length).toBeGreaterThan(0);
    expect(all.items.every((item) => item.unitCode === "PC06")).toBe(true);
  });

  it("keeps a conduct complaint away from the unit it is about, even from its leader", async () => {
    const complaint = await createCitizenTicket(env.db, { text: "Cán bộ PC06 gây khó dễ khi làm hộ chiếu", unitCode: "TTRA", kind: "feedback", categoryCode: "feedback.officer_conduct", excludedUnitCode: "PC06" });
    const ttra = await env.signIn("canbo.ttra");
    expect(await attempt(ttra, "view-page", complaint.code)).toBe("allowed");
    expect(await attempt(clients.leaderCat!, "view-api", complaint.code)).toBe("allowed");
    expect(await attempt(clients.officerPc06!, "view-page", complaint.code)).toBe("hidden");
    expect(await attempt(clients.leaderPc06!, "view-api", complaint.code)).toBe("hidden");
    const toExcluded = await clients.leaderCat!.request(`/api/tickets/${complaint.code}`, { method: "PATCH", json: { unitCode: "PC06", reason: "thử" } });
    expect(toExcluded.status).toBe(400);
    expect(await toExcluded.json()).toMatchObject({ error: { code: "VALIDATION", field: "unitCode" } });
    // Even if such a ticket ended up in the unit itself, its staff would not see it.
    const misrouted = await createCitizenTicket(env.db, { text: "Khiếu nại cán bộ PC06", unitCode: "PC06", kind: "feedback", categoryCode: "feedback.officer_conduct", excludedUnitCode: "PC06" });
    expect(await attempt(clients.officerPc06!, "view-api", misrouted.code)).toBe("hidden");
    const list = (await (await clients.officerPc06!.request("/api/tickets?status=all&pageSize=100")).json()) as { items: { code: string }[] };
    expect(list.items.map((item) => item.code)).not.toContain(misrouted.code);
  });

  it("only admins reach the management pages, the audit log and the users API", async () => {
    for (const actor of ["leaderCat", "officerPc06"]) {
      for (const path of ["/admin/users", "/admin/units", "/admin/wards", "/admin/settings", "/admin/categories", "/admin/routing", "/admin/faq", "/admin/canned-replies", "/admin/holidays", "/audit"]) {
        expect((await clients[actor]!.request(path)).status, `${actor} ${path}`).toBe(403);
      }
      expect((await clients[actor]!.request("/api/users")).status).toBe(403);
      expect((await clients[actor]!.request("/api/users", { json: { username: "x-user", displayName: "X", role: "admin", unitCode: "CAT", password: "0123456789ab" } })).status).toBe(403);
      expect((await clients[actor]!.request("/admin/users", { form: { username: "sneaky", displayName: "S", role: "admin", unitCode: "CAT", password: "0123456789ab" } })).status).toBe(403);
    }
    expect(await env.db.prisma.staffUser.count({ where: { username: { in: ["x-user", "sneaky"] } } })).toBe(0);
  });
});
