import type { Hono } from "hono";
import { createAdminApp } from "../admin/app.ts";
import type { TAppDeps } from "../core/app-deps.ts";
import { loadConfig } from "../core/config/config.ts";
import { createLogger } from "../core/config/logger.ts";
import { applyMigrations } from "../core/db/migrate.ts";
import { openDatabase, type TDatabase } from "../core/db/open-database.ts";
import { createSecretBox } from "../core/security/secret-box.ts";
import { systemClock } from "../core/time/clock.ts";
import { foldForMatching } from "../core/understanding/normalize-text.ts";
import { seedDatabase } from "../prisma/seed/seed-database.ts";
import { seedStaff } from "../prisma/seed/seed-staff.ts";
import { createBenchPostgres, percentile, printTable } from "./bench-util.ts";

const PGLITE_TICKETS = Number(process.env.BENCH_ADMIN_PGLITE_TICKETS ?? 100_000);
const POSTGRES_TICKETS = Number(process.env.BENCH_ADMIN_POSTGRES_TICKETS ?? 1_000_000);
const ITERATIONS = Number(process.env.BENCH_ADMIN_ITERATIONS ?? 40);
const SECRET = "bench-admin-secret-0123456789abcdef0123456789";
const ADMIN_PASSWORD = "bench-admin-password";

/** Citizens' texts the generator cycles through (the search scenario looks for "ma tuy"). */
const TEXTS = [
  "Phát hiện nhóm thanh niên nghi mua bán ma túy ở quán nước gần chợ",
  "Xin hỏi thủ tục làm căn cước cho con dưới 14 tuổi cần giấy tờ gì",
  "Tôi bị lừa chuyển khoản 20 triệu qua Zalo, kẻ gian giả danh công an",
  "Đăng ký tạm trú online trên VNeID bị lỗi, mong được hướng dẫn",
  "Xe máy của tôi bị trộm trước cổng trường tiểu học lúc 7 giờ sáng",
  "Khu trọ có nhiều người tụ tập đánh bạc ban đêm gây mất trật tự",
  "Góp ý cán bộ tiếp dân phường rất nhiệt tình, cảm ơn các anh chị",
  "Đường liên xã có xe tải chở quá tải chạy tốc độ cao nguy hiểm",
];

/**
 * Queue and ticket page server time (p50/p95 of app.request(), i.e. without network; "first" is
 * the first request, before any reuse of slow queue counts) with many
 * tickets: 100,000 in PGlite and 1,000,000 in PostgreSQL by default (BENCH_ADMIN_*_TICKETS).
 * Tickets are generated in SQL (generate_series) with two messages and a routing event each.
 */
export async function runAdminPagesBench(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  const pglite = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  try {
    rows.push(...(await measure("pglite", pglite, PGLITE_TICKETS)));
  } finally {
    await pglite.close();
  }
  const postgres = POSTGRES_TICKETS > 0 ? await createBenchPostgres("lnbench_admin") : null;
  if (postgres) {
    const db = await openDatabase({ kind: "postgres", url: postgres.url }, { poolSize: 10 });
    try {
      rows.push(...(await measure("postgres", db, POSTGRES_TICKETS)));
    } finally {
      await db.close();
      await postgres.drop();
    }
  } else {
    console.log("PostgreSQL not reachable (BENCH_DATABASE_URL): admin pages bench on PGlite only");
  }
  printTable(`Admin pages: server time over ${ITERATIONS} requests each (target p95 < 100 ms on PostgreSQL)`, rows);
}

async function measure(label: string, db: TDatabase, tickets: number): Promise<Record<string, string | number>[]> {
  await applyMigrations(db.sql);
  const box = createSecretBox(SECRET);
  await seedDatabase(db.prisma, { box, now: new Date(), adminPassword: ADMIN_PASSWORD, withDemoData: false });
  const credentials = await seedStaff(db.prisma, { withDemoStaff: true });
  const generateStart = performance.now();
  await generateTickets(db, tickets, label);
  const generateSeconds = (performance.now() - generateStart) / 1000;
  // A steady-state database: statistics gathered and the visibility map set (index-only scans).
  for (const table of ["Ticket", "Message", "TicketEvent"]) await db.sql.exec(`VACUUM ANALYZE "${table}"`);

  const { config } = loadConfig({ APP_SECRET: SECRET, LOG_LEVEL: "silent" });
  const deps: TAppDeps = { config, logger: createLogger("silent"), db, box, clock: systemClock, wakeOutbox: () => undefined };
  const app = createAdminApp(deps);
  const password = (username: string) => (username === "admin" ? ADMIN_PASSWORD : credentials.find((entry) => entry.username === username)!.password);
  const [officer, leader, admin] = await Promise.all(["canbo.pc04", "lanhdao", "admin"].map(async (username) => signIn(app, username, password(username))));
  const sampleCodes = (await db.prisma.ticket.findMany({ where: { unit: { code: "PC04" } }, select: { code: true }, take: 200, orderBy: { createdAt: "desc" } })).map((row) => row.code);

  const scenarios: [string, string, () => string][] = [
    ["queue, officer (open)", officer!, () => "/"],
    ["queue, leader (open)", leader!, () => "/"],
    ["queue, admin (open)", admin!, () => "/"],
    ["queue, officer, page 5", officer!, () => "/?status=all&page=5"],
    ["queue, admin, overdue tips", admin!, () => "/?kind=tip&due=overdue"],
    ["queue, officer, search ma tuy", officer!, () => "/?status=all&q=ma+tuy"],
    ["queue, admin, search ma tuy", admin!, () => "/?status=all&q=ma+tuy"],
    ["ticket page, officer", officer!, () => `/tickets/${sampleCodes[Math.floor(Math.random() * sampleCodes.length)]}`],
    ["ticket page, admin", admin!, () => `/tickets/${sampleCodes[Math.floor(Math.random() * sampleCodes.length)]}`],
  ];
  const results: Record<string, string | number>[] = [];
  for (const [name, cookie, path] of scenarios) {
    const times: number[] = [];
    let firstMs = 0;
    for (let iteration = 0; iteration <= ITERATIONS; iteration += 1) {
      const started = performance.now();
      const response = await app.request(path(), { headers: { cookie } });
      await response.text();
      if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
      if (iteration === 0) firstMs = performance.now() - started;
      else times.push(performance.now() - started);
    }
    results.push({ database: label, tickets, page: name, "first ms": firstMs, "p50 ms": percentile(times, 50), "p95 ms": percentile(times, 95) });
  }
  results[0]!["generated in s"] = Math.round(generateSeconds);
  return results;
}

async function signIn(app: Hono, username: string, password: string): Promise<string> {
  const response = await app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password }) });
  if (response.status !== 200) throw new Error(`bench sign-in ${username}: ${response.status}`);
  return response.headers.getSetCookie().find((value) => value.startsWith("ln_session="))!.split(";")[0]!;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Inserts `count` tickets spread over every unit, category, status and the last two years, in chunks. */
export async function generateTickets(db: TDatabase, count: number, label: string): Promise<void> {
  const texts = `ARRAY[${TEXTS.map(quote).join(",")}]`;
  const folded = `ARRAY[${TEXTS.map((text) => quote(foldForMatching(text))).join(",")}]`;
  const chunk = 50_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await db.sql.exec(`
      WITH u AS (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM "Unit"),
           c AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(kind::text ORDER BY code) AS kinds, count(*)::int AS n FROM "Category"),
           g AS (SELECT s, (s * 7) % c.n + 1 AS ci, (s * 13) % u.n + 1 AS ui, s % 10 AS st, now() - ((s % 730) || ' days')::interval - ((s % 1440) || ' minutes')::interval AS created
                   FROM generate_series(${from}, ${to}) AS s, u, c),
           inserted AS (
             INSERT INTO "Ticket" (id, code, kind, "categoryId", "unitId", channel, status, "isUrgent", "isAnonymous", "isDemo", summary, "searchText", "firstResponseDueAt", "dueAt", "createdAt", "updatedAt", "resolvedAt", "closedAt")
             SELECT gen_random_uuid(),
                    (CASE c.kinds[g.ci] WHEN 'tip' THEN 'TG' WHEN 'question' THEN 'HT' ELSE 'PA' END) || '-24-' || g.s,
                    c.kinds[g.ci]::"TicketKind", c.ids[g.ci], u.ids[g.ui],
                    (CASE WHEN g.s % 3 = 0 THEN 'zalo' ELSE 'telegram' END)::"Channel",
                    (CASE WHEN g.st < 2 THEN 'new' WHEN g.st = 2 THEN 'in_progress' WHEN g.st = 3 THEN 'waiting_citizen' WHEN g.st = 8 THEN 'resolved' WHEN g.st = 9 THEN 'rejected' ELSE 'closed' END)::"TicketStatus",
                    g.s % 17 = 0, g.s % 5 = 0, true,
                    (${texts})[g.s % ${TEXTS.length} + 1],
                    'tg 24 ' || g.s || ' ' || (${folded})[g.s % ${TEXTS.length} + 1],
                    g.created + interval '1 day', g.created + interval '10 days', g.created, g.created,
                    CASE WHEN g.st >= 4 AND g.st <= 8 THEN g.created + interval '5 days' END,
                    CASE WHEN g.st >= 4 AND g.st <> 8 THEN g.created + interval '6 days' END
               FROM g, u, c
             RETURNING id, summary, "createdAt"),
           messages_in AS (
             INSERT INTO "Message" (id, "ticketId", direction, text, "deliveryStatus", "createdAt", "updatedAt")
             SELECT gen_random_uuid(), id, 'in', summary, 'not_applicable', "createdAt", "createdAt" FROM inserted),
           messages_out AS (
             INSERT INTO "Message" (id, "ticketId", direction, text, "deliveryStatus", "createdAt", "updatedAt")
             SELECT gen_random_uuid(), id, 'out', 'Cảm ơn bạn, đơn vị đã tiếp nhận và đang xử lý.', 'sent', "createdAt" + interval '2 hours', "createdAt" + interval '2 hours' FROM inserted)
      INSERT INTO "TicketEvent" (id, "ticketId", type, data, "createdAt")
      SELECT gen_random_uuid(), id, 'routed', '{"method":"category_default","reason":"bench"}'::jsonb, "createdAt" FROM inserted;
    `);
    process.stderr.write(`\r${label}: generated ${to}/${count} tickets`);
  }
  process.stderr.write("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) await runAdminPagesBench();
