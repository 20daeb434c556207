import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../core/staff/api-tokens.ts";
import { createCitizenTicket } from "./support/citizen-ticket.ts";
import { createAdminTestApp, type TAdminTestApp, type TStaffClient } from "./support/admin-test-app.ts";

let env: TAdminTestApp;
let admin: TStaffClient;
let officerToken: string;

const bearer = (token: string, path: string, init: { method?: string; json?: unknown } = {}) =>
  env.app.request(path, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers: { authorization: `Bearer ${token}`, ...(init.json === undefined ? {} : { "content-type": "application/json" }) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });

beforeAll(async () => {
  env = await createAdminTestApp();
  admin = await env.signIn("admin");
  const adminActor = await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } });
  officerToken = (await createApiToken({ id: adminActor.id, username: "admin", displayName: "", role: "admin", unitId: adminActor.unitId }, { username: "canbo.pc04", name: "script" }, { prisma: env.db.prisma, clock: env.clock, box: env.db.box, wakeOutbox: () => undefined })).token;
});
afterAll(async () => {
  await env?.dispose();
});

describe("API with a bearer token", () => {
  it("lists the queue with the token's user's scope (no CSRF needed)", async () => {
    const response = await bearer(officerToken, "/api/tickets?status=all&q=ma+tuy");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { unitCode: string; code: string }[]; total: number; countsByStatus: Record<string, number> };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((item) => item.unitCode === "PC04")).toBe(true);
    expect(body.countsByStatus).toHaveProperty("new");
  });

  it("reads a ticket, replies, notes and changes it", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "Báo tin qua API", unitCode: "PC04" });
    const ticket = (await (await bearer(officerToken, `/api/tickets/${code}`)).json()) as { code: string; messages: unknown[]; events: unknown[] };
    expect(ticket.code).toBe(code);
    expect(ticket.messages).toHaveLength(1);
    const reply = await bearer(officerToken, `/api/tickets/${code}/replies`, { json: { text: "Đã nhận tin." } });
    expect(reply.status).toBe(201);
    expect(await reply.json()).toHaveProperty("messageId");
    const ticketRow = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code } });
    expect(await env.db.prisma.outboxMessage.count({ where: { ticketId: ticketRow.id } })).toBe(1);
    expect((await bearer(officerToken, `/api/tickets/${code}/notes`, { json: { text: "ghi chú" } })).status).toBe(201);
    const patched = await bearer(officerToken, `/api/tickets/${code}`, { method: "PATCH", json: { status: "resolved", categoryCode: "tip.drugs", assignee: "canbo.pc04" } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ status: "resolved", category: { code: "tip.drugs" }, assignee: { username: "canbo.pc04" } });
    const invalid = await bearer(officerToken, `/api/tickets/${code}`, { method: "PATCH", json: { status: "new" } });
    expect(invalid.status).toBe(409);
    expect(await invalid.json()).toMatchObject({ error: { code: "INVALID_TRANSITION", field: "status" } });
  });

  it("rejects unknown, revoked and disabled users' tokens", async () => {
    expect((await bearer("lnt_not-a-real-token", "/api/units")).status).toBe(401);
    const created = await admin.request("/admin/users/canbo.pa05/tokens", { form: { name: "tạm" } });
    const token = /id="new-token">([^<]+)</.exec(await created.text())![1]!;
    expect((await bearer(token, "/api/units")).status).toBe(200);
    const row = await env.db.prisma.apiToken.findFirstOrThrow({ where: { user: { username: "canbo.pa05" }, revokedAt: null } });
    expect((await admin.request(`/admin/tokens/${row.id}/revoke`, { form: {} })).headers.get("location")).toContain("ok=token-revoked");
    expect((await bearer(token, "/api/units")).status).toBe(401);
    const another = await admin.request("/admin/users/canbo.viettri/tokens", { form: { name: "x" } });
    const token2 = /id="new-token">([^<]+)</.exec(await another.text())![1]!;
    await admin.request("/api/users/canbo.viettri", { method: "PATCH", json: { isActive: false } });
    expect((await bearer(token2, "/api/units")).status).toBe(401);
  });
});

describe("API validation and errors", () => {
  it("answers bad input with 400 naming the field", async () => {
    const { code } = await createCitizenTicket(env.db, { text: "x", unitCode: "PC04" });
    const empty = await bearer(officerToken, `/api/tickets/${code}/replies`, { json: { text: "   " } });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: "VALIDATION", field: "text" } });
    const missing = await bearer(officerToken, `/api/tickets/${code}/notes`, { json: {} });
    expect(await missing.json()).toMatchObject({ error: { field: "text" } });
    const notJson = await env.app.request(`/api/tickets/${code}/replies`, { method: "POST", headers: { authorization: `Bearer ${officerToken}`, "content-type": "application/json" }, body: "{oops" });
    expect(await notJson.json()).toMatchObject({ error: { code: "VALIDATION", field: "body" } });
    const badStatus = await bearer(officerToken, `/api/tickets/${code}`, { method: "PATCH", json: { status: "done" } });
    expect(await badStatus.json()).toMatchObject({ error: { code: "VALIDATION", field: "status" } });
    const extra = await bearer(officerToken, `/api/tickets/${code}`, { method: "PATCH", json: { priority: 1 } });
    expect(extra.status).toBe(400);
    const transferNoReason = await bearer(officerToken, `/api/tickets/${code}`, { method: "PATCH", json: { unitCode: "PA05" } });
    expect(await transferNoReason.json()).toMatchObject({ error: { field: "reason" } });
    const badQuery = await bearer(officerToken, "/api/tickets?status=bogus");
    expect(await badQuery.json()).toMatchObject({ error: { code: "VALIDATION", field: "status" } });
    const login = await env.app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin" }) });
    expect(await login.json()).toMatchObject({ error: { code: "VALIDATION", field: "password" } });
  });

  it("answers unknown endpoints with JSON 404", async () => {
    const response = await bearer(officerToken, "/api/nothing-here");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("reference data and users", () => {
  it("lists units with wards and categories with deadlines", async () => {
    const units = (await (await bearer(officerToken, "/api/units")).json()) as { units: { code: string; wards: unknown[] }[] };
    expect(units.units.find((unit) => unit.code === "CAT")).toBeTruthy();
    expect(units.units.some((unit) => unit.wards.length > 0)).toBe(true);
    const categories = (await (await bearer(officerToken, "/api/categories")).json()) as { categories: { code: string; resolutionDays: number }[] };
    expect(categories.categories.find((category) => category.code === "tip.drugs")?.resolutionDays).toBe(20);
  });

  it("lets admins list, create and change users", async () => {
    const list = (await (await admin.request("/api/users")).json()) as { users: { username: string }[] };
    expect(list.users.map((user) => user.username)).toContain("canbo.pc04");
    expect(JSON.stringify(list)).not.toContain("passwordHash");
    const created = await admin.request("/api/users", { json: { username: "canbo.moi", displayName: "Cán bộ mới", role: "officer", unitCode: "PC08", password: "first-password-1" } });
    expect(created.status).toBe(201);
    const duplicate = await admin.request("/api/users", { json: { username: "canbo.moi", displayName: "X", role: "officer", unitCode: "PC08", password: "first-password-1" } });
    expect(duplicate.status).toBe(409);
    const badUnit = await admin.request("/api/users", { json: { username: "canbo.moi2", displayName: "X", role: "officer", unitCode: "NOPE", password: "first-password-1" } });
    expect(await badUnit.json()).toMatchObject({ error: { field: "unitCode" } });
    const shortPassword = await admin.request("/api/users", { json: { username: "canbo.moi3", displayName: "X", role: "officer", unitCode: "PC08", password: "short" } });
    expect(await shortPassword.json()).toMatchObject({ error: { field: "password" } });
    const patched = await admin.request("/api/users/canbo.moi", { method: "PATCH", json: { role: "leader", unitCode: "PC07" } });
    expect(await patched.json()).toMatchObject({ user: { role: "leader", unitCode: "PC07" } });
    const self = await admin.request("/api/users/admin", { method: "PATCH", json: { isActive: false } });
    expect(self.status).toBe(400);
    expect((await admin.request("/api/users/ghost", { method: "PATCH", json: { isActive: false } })).status).toBe(404);
  });

  it("signs in over JSON and uses the session cookie with the CSRF header", async () => {
    const client = await env.signIn("canbo.pc06");
    expect((await client.request("/api/tickets")).status).toBe(200);
    const { code } = await createCitizenTicket(env.db, { text: "x", unitCode: "PC06" });
    expect((await client.request(`/api/tickets/${code}/notes`, { json: { text: "ok" } })).status).toBe(201);
  });
});

describe("OpenAPI", () => {
  it("documents every endpoint with its request schemas", async () => {
    const doc = (await (await env.app.request("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/auth/login", "/tickets", "/tickets/{code}", "/tickets/{code}/replies", "/tickets/{code}/notes", "/units", "/categories", "/users", "/users/{username}"]) expect(doc.paths).toHaveProperty(path);
    expect(Object.keys(doc.paths["/tickets/{code}"]!)).toEqual(expect.arrayContaining(["get", "patch"]));
    expect(doc.components.schemas.CreateReplyRequest!.properties).toHaveProperty("text");
    expect(doc.components.schemas.UpdateTicketRequest!.properties).toHaveProperty("status");
  });
});

describe("understanding API", () => {
  it("needs a signed-in user or a token", async () => {
    const response = await env.app.request("/api/classify", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x" }) });
    expect(response.status).toBe(401);
    expect((await env.app.request("/api/faq/search?q=ho+chieu")).status).toBe(401);
  });

  it("says where a message would go and why, and finds FAQ entries without diacritics", async () => {
    const classified = await bearer(officerToken, "/api/classify", { json: { text: "hang xom ban ma tuy o xom 3 xa Lam Thao" } });
    expect(classified.status).toBe(200);
    const body = (await classified.json()) as { kind: string; category: string; unit: { code: string; reason: string }; method: string };
    expect(body).toMatchObject({ kind: "tip", category: "tip.drugs", method: "baseline" });
    expect(body.unit.code).toBe("PC04");
    expect(body.unit.reason).toContain("tip.drugs");
    const invalid = await bearer(officerToken, "/api/classify", { json: { text: "" } });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: "VALIDATION", field: "text" } });
    const search = (await (await bearer(officerToken, "/api/faq/search?q=lam+ho+chieu+het+bao+nhieu+tien")).json()) as { results: { slug: string; score: number }[] };
    expect(search.results.length).toBeGreaterThan(0);
    expect(search.results[0]!.slug).toContain("ho-chieu");
  });
});

