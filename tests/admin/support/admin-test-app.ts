import type { Hono } from "hono";
import { createAdminApp } from "../../../admin/app.ts";
import type { TFileFetcher } from "../../../core/tickets/get-attachment-content.ts";
import { loadUnderstandingService } from "../../../core/faq/load-understanding-service.ts";
import type { TAppDeps } from "../../../core/app-deps.ts";
import { loadConfig } from "../../../core/config/config.ts";
import { createLogger } from "../../../core/config/logger.ts";
import { fixedClock } from "../../../core/time/clock.ts";
import { createSeededTestDatabase, TEST_APP_SECRET, type TTestDatabase } from "../../support/test-database.ts";
import type { TSeedResult } from "../../../prisma/seed/seed-database.ts";
import { seedStaff } from "../../../prisma/seed/seed-staff.ts";

export const ADMIN_PASSWORD = "admin-password-for-tests";

export interface TStaffClient {
  username: string;
  cookie: string;
  csrfToken: string;
  /** A request with this user's session cookie (and CSRF header on writes unless told otherwise). */
  request(path: string, init?: RequestInit & { form?: Record<string, string>; json?: unknown; withoutCsrf?: boolean }): Promise<Response>;
}

export interface TAdminTestApp {
  app: Hono;
  db: TTestDatabase & { seed: TSeedResult };
  deps: TAppDeps;
  clock: ReturnType<typeof fixedClock>;
  wakeCount: () => number;
  passwordOf(username: string): string;
  signIn(username: string, password?: string): Promise<TStaffClient>;
  dispose(): Promise<void>;
}

/** The admin app over a seeded in-memory database (with demo tickets unless told), a movable clock and no outbox worker. */
export async function createAdminTestApp(options: { withDemoTickets?: boolean; queuePollSeconds?: number; fetchFile?: TFileFetcher } = {}): Promise<TAdminTestApp> {
  const withDemoTickets = options.withDemoTickets ?? true;
  const db = await createSeededTestDatabase({ withDemoData: withDemoTickets, adminPassword: ADMIN_PASSWORD });
  // Without demo tickets (faster), still create the demo staff accounts tests sign in with.
  if (!withDemoTickets) db.seed.credentials.push(...(await seedStaff(db.prisma, { withDemoStaff: true })));
  const clock = fixedClock(new Date());
  const { config } = loadConfig({ APP_SECRET: TEST_APP_SECRET, LOG_LEVEL: "silent" });
  let wakes = 0;
  const deps: TAppDeps = { config, logger: createLogger("silent"), db, box: db.box, clock, wakeOutbox: () => void (wakes += 1) };
  const understanding = await loadUnderstandingService(db.prisma, {});
  const app = createAdminApp(deps, { queuePollSeconds: options.queuePollSeconds, understanding, fetchFile: options.fetchFile });
  const passwordOf = (username: string) => (username === "admin" ? ADMIN_PASSWORD : db.seed.credentials.find((entry) => entry.username === username)?.password ?? "");
  let ipCounter = 0;
  const signIn = async (username: string, password = passwordOf(username)): Promise<TStaffClient> => {
    ipCounter += 1;
    const response = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `10.9.0.${ipCounter % 250}` },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { csrfToken: string };
    const cookie = cookieFrom(response);
    const client: TStaffClient = {
      username,
      cookie,
      csrfToken: body.csrfToken,
      async request(path, init = {}) {
        const headers = new Headers(init.headers);
        headers.set("cookie", cookie);
        const method = init.method ?? (init.form || init.json ? "POST" : "GET");
        if (method !== "GET" && !init.withoutCsrf) headers.set("x-csrf-token", body.csrfToken);
        let requestBody = init.body;
        if (init.form) {
          headers.set("content-type", "application/x-www-form-urlencoded");
          requestBody = new URLSearchParams(init.form).toString();
        }
        if (init.json !== undefined) {
          headers.set("content-type", "application/json");
          requestBody = JSON.stringify(init.json);
        }
        return app.request(path, { ...init, method, headers, body: requestBody });
      },
    };
    return client;
  };
  return { app, db, deps, clock, wakeCount: () => wakes, passwordOf, signIn, dispose: () => db.dispose() };
}

/** "name=value" of the session cookie a response sets. */
export function cookieFrom(response: Response): string {
  const header = response.headers.getSetCookie().find((value) => value.startsWith("ln_session="));
  if (!header) throw new Error("no session cookie set");
  return header.split(";")[0]!;
}

/** A demo ticket's code by unit and optional predicate. */
export async function ticketCodeOf(db: TTestDatabase, unitCode: string, where: Record<string, unknown> = {}): Promise<string> {
  const ticket = await db.prisma.ticket.findFirst({ where: { unit: { code: unitCode }, mergedIntoId: null, ...where }, orderBy: { createdAt: "asc" } });
  if (!ticket) throw new Error(`no demo ticket in ${unitCode}`);
  return ticket.code;
}
