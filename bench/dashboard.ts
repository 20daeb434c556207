/**
 * Dashboard benchmark: fills a fresh database with N synthetic tickets spread over two years
 * in creation order, as a live system stores them (multi-row INSERT … SELECT generate_series, in
 * batches, with progress) and times the leaders'
 * dashboard (loadDashboard: all its queries, as the page runs them) for an admin, the province
 * leader and an officer over 30 days, a quarter, half a year and a year: p50 / p95 per case. The
 * dashboard rollup is built once after the fill (its time is printed) and not counted in the cases.
 *
 *   BENCH_DASHBOARD_DB=postgres|pglite|both   (default both; PostgreSQL skipped if unreachable)
 *   BENCH_DASHBOARD_TICKETS=N                  (default 1,000,000 on PostgreSQL, 100,000 on PGlite)
 *   BENCH_DASHBOARD_ITERATIONS=K               (default 10 timed runs per case, after one warm-up)
 *   BENCH_PG_URL=postgresql://postgres@127.0.0.1:5432/test   (a database we may create others from)
 *   BENCH_DASHBOARD_KEEP=1                     (keep the filled database for the next run)
 *
 * On PostgreSQL it creates and drops its own database `ln_bench_<random>`; on PGlite it uses memory.
 * With BENCH_DASHBOARD_KEEP=1 it uses `ln_bench_dashboard` (PostgreSQL) or
 * <tmpdir>/ln-bench-dashboard-pglite and keeps them: a later run applies new migrations and reuses
 * the tickets when there are at least as many as asked for (filling a million takes minutes).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TActor } from "../core/access/actor.ts";
import { applyMigrations } from "../core/db/migrate.ts";
import { openDatabase, type TDatabase } from "../core/db/open-database.ts";
import { createSecretBox } from "../core/security/secret-box.ts";
import { loadDashboard } from "../core/stats/load-dashboard.ts";
import { rebuildStatRollup, refreshStatRollup } from "../core/stats/refresh-stat-rollup.ts";
import type { TPeriodPreset } from "../core/stats/stats-period.ts";
import { fixedClock } from "../core/time/clock.ts";
import { seedDatabase } from "../prisma/seed/seed-database.ts";

export interface TDashboardBenchCase {
  database: "postgres" | "pglite";
  tickets: number;
  actor: string;
  preset: TPeriodPreset;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface TDashboardBenchResult {
  database: "postgres" | "pglite";
  tickets: number;
  insertSeconds: number;
  cases: TDashboardBenchCase[];
  /** Over every case: the figure to hold against the 500 ms target. */
  p95Ms: number;
}

export interface TDashboardBenchOptions {
  databases?: ("postgres" | "pglite")[];
  tickets?: { postgres?: number; pglite?: number };
  iterations?: number;
  pgUrl?: string;
  log?: (line: string) => void;
}

const SUMMARIES = [
  "Hỏi thủ tục cấp căn cước cho con dưới 14 tuổi",
  "Phản ánh tụ tập gây rối trật tự ban đêm gần chợ",
  "Tin báo lừa đảo qua mạng giả danh công an gọi điện",
  "Đăng ký tạm trú cho người thuê trọ cần giấy tờ gì",
  "Xe máy bị trộm trước cửa nhà trọ",
  "Hỏi thủ tục cấp hộ chiếu phổ thông lần đầu",
  "Phản ánh vi phạm giao thông, xe tải chạy quá tốc độ",
  "Nguy cơ cháy nổ tại kho chứa hàng trong khu dân cư",
  "Đề nghị tăng cường tuần tra khu vực trường học",
  "Đăng ký xe ô tô mới mua cần chuẩn bị hồ sơ nào",
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const INSERT_SQL = `
INSERT INTO "Ticket" (id, code, kind, "categoryId", "unitId", channel, status, summary, "searchText", "wardId", "isAnonymous", "isDemo",
  "createdAt", "updatedAt", "firstResponseDueAt", "dueAt", "firstRespondedAt", "resolvedAt", "closedAt", "pausedAt", "satisfactionRating")
SELECT gen_random_uuid()::text, 'BN-' || lpad(g::text, 9, '0'), kind::"TicketKind", cid,
  CASE WHEN wi > 0 AND r2 < 0.6 THEN ($8::text[])[wi] ELSE ($6::text[])[ci] END,
  (CASE WHEN r3 < 0.55 THEN 'telegram' ELSE 'zalo' END)::"Channel",
  status::"TicketStatus",
  ($9::text[])[1 + (g % array_length($9::text[], 1))], '',
  CASE WHEN wi > 0 THEN ($7::text[])[wi] END,
  r4 < 0.08, true,
  created, created, created + interval '24 hours', created + days * interval '1 day',
  CASE WHEN status <> 'new' THEN LEAST(created + (r5 * 30) * interval '1 hour', now_) END,
  CASE WHEN status IN ('resolved', 'closed') THEN LEAST(created + days * (0.05 + r2 * 1.25) * interval '1 day', now_) END,
  CASE WHEN status IN ('closed', 'rejected') THEN LEAST(created + days * 1.3 * interval '1 day', now_) END,
  CASE WHEN status = 'waiting_citizen' THEN LEAST(created + interval '1 day', now_) END,
  CASE WHEN status IN ('resolved', 'closed') AND r4 < 0.6 THEN 1 + floor(sqrt(r3) * 4.999)::int END
FROM (
  SELECT g, ci, wi, r2, r3, r4, r5, created, now_, ($3::text[])[ci] AS cid, ($4::text[])[ci] AS kind, ($5::int[])[ci] AS days,
    CASE WHEN created < now_ - interval '30 days'
      THEN CASE WHEN r1 < 0.88 THEN 'closed' WHEN r1 < 0.93 THEN 'resolved' WHEN r1 < 0.96 THEN 'rejected' WHEN r1 < 0.98 THEN 'in_progress' ELSE 'waiting_citizen' END
      ELSE CASE WHEN r1 < 0.35 THEN 'resolved' WHEN r1 < 0.45 THEN 'closed' WHEN r1 < 0.6 THEN 'new' WHEN r1 < 0.9 THEN 'in_progress' ELSE 'waiting_citizen' END
    END AS status
  FROM (
    SELECT g, 1 + floor(random() * array_length($3::text[], 1))::int AS ci,
      CASE WHEN random() < 0.7 THEN 1 + floor(random() * array_length($7::text[], 1))::int ELSE 0 END AS wi,
      random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
      $10::timestamp AS now_, $10::timestamp - (730.0 * (1 - g::float8 / $11::int) + random() * 0.2) * interval '1 day' AS created
    FROM generate_series($1::int, $2::int) AS g
  ) a
) b`;

/** Inserts N synthetic tickets in creation order (used by the benchmark; handy for manual load tests). */
export async function fillSyntheticTickets(db: TDatabase, tickets: number, now: Date, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const [categories, wards] = await Promise.all([
    db.prisma.category.findMany({ select: { id: true, kind: true, resolutionDays: true, defaultUnitId: true }, orderBy: { code: "asc" } }),
    db.prisma.ward.findMany({ select: { id: true, stationUnitId: true }, orderBy: { code: "asc" } }),
  ]);
  const fallbackUnit = (await db.prisma.unit.findFirstOrThrow({ where: { parentId: null } })).id;
  const batch = db.kind === "postgres" ? 100_000 : 10_000;
  const nowText = now.toISOString().replace("T", " ").replace("Z", "");
  for (let start = 1; start <= tickets; start += batch) {
    const end = Math.min(tickets, start + batch - 1);
    await db.sql.query(INSERT_SQL, [
      start, end,
      categories.map((category) => category.id), categories.map((category) => category.kind), categories.map((category) => category.resolutionDays),
      categories.map((category) => category.defaultUnitId ?? fallbackUnit),
      wards.map((ward) => ward.id), wards.map((ward) => ward.stationUnitId), SUMMARIES, nowText, tickets,
    ]);
    log(`  [${db.kind}] inserted ${end.toLocaleString("en")}/${tickets.toLocaleString("en")} tickets (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await db.sql.exec(`ANALYZE "Ticket"`);
  if (db.kind === "postgres") await db.sql.exec(`VACUUM "Ticket"`);
  return (performance.now() - started) / 1000;
}

async function timeCases(db: TDatabase, tickets: number, now: Date, iterations: number, log: (line: string) => void): Promise<TDashboardBenchCase[]> {
  const unitOf = async (code: string) => (await db.prisma.unit.findUniqueOrThrow({ where: { code } })).id;
  const admin = await db.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } });
  const actors: Record<string, TActor> = {
    admin: { id: admin.id, username: "admin", displayName: "admin", role: "admin", unitId: admin.unitId },
    "province leader": { id: "bench-leader", username: "bench-leader", displayName: "leader", role: "leader", unitId: await unitOf("CAT") },
    "PC06 officer": { id: "bench-officer", username: "bench-officer", displayName: "officer", role: "officer", unitId: await unitOf("PC06") },
  };
  const deps = { prisma: db.prisma, clock: fixedClock(now) };
  const cases: TDashboardBenchCase[] = [];
  for (const [name, actor] of Object.entries(actors)) {
    for (const preset of ["30d", "quarter", "half", "year"] as const) {
      await loadDashboard(actor, { preset }, deps); // warm-up
      const times: number[] = [];
      for (let run = 0; run < iterations; run++) {
        const started = performance.now();
        await loadDashboard(actor, { preset }, deps);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const result = { database: db.kind, tickets, actor: name, preset, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: times[times.length - 1]! };
      cases.push(result);
      log(`  [${db.kind}] ${name.padEnd(16)} ${preset.padEnd(5)} p50 ${result.p50Ms.toFixed(0).padStart(5)} ms   p95 ${result.p95Ms.toFixed(0).padStart(5)} ms`);
    }
  }
  return cases;
}

const KEPT_POSTGRES_NAME = "ln_bench_dashboard";
const KEPT_PGLITE_DIR = path.join(os.tmpdir(), "ln-bench-dashboard-pglite");

async function benchOne(kind: "postgres" | "pglite", tickets: number, iterations: number, pgUrl: string, keep: boolean, log: (line: string) => void): Promise<TDashboardBenchResult> {
  const now = new Date();
  let db: TDatabase;
  let drop: () => Promise<void> = async () => undefined;
  let isFresh = true;
  if (kind === "postgres") {
    const name = keep ? KEPT_POSTGRES_NAME : `ln_bench_${randomBytes(4).toString("hex")}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        return await client.query(sql);
      } finally {
        await client.end();
      }
    };
    isFresh = !keep || (await admin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount === 0;
    if (isFresh) await admin(`CREATE DATABASE ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: "postgres", url: url.toString() }, { poolSize: 10 });
    if (!keep) drop = async () => void (await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    log(`[postgres] database ${name}${isFresh ? "" : " (kept from an earlier run)"}`);
  } else {
    isFresh = !keep || !existsSync(KEPT_PGLITE_DIR);
    db = await openDatabase({ kind: "pglite", dataDir: keep ? KEPT_PGLITE_DIR : "memory://" });
  }
  try {
    await applyMigrations(db.sql);
    const existing = isFresh ? 0 : await db.prisma.ticket.count();
    let insertSeconds = 0;
    if (existing >= tickets) {
      log(`[${kind}] reusing ${existing.toLocaleString("en")} tickets`);
      tickets = existing;
    } else {
      if (existing > 0) await db.sql.exec(`TRUNCATE "Ticket" CASCADE`);
      if (isFresh) await seedDatabase(db.prisma, { box: createSecretBox("bench-secret-0123456789abcdef0123456789abcdef"), now, withDemoData: false, adminPassword: "bench-admin-password" });
      log(`[${kind}] inserting ${tickets.toLocaleString("en")} tickets…`);
      insertSeconds = await fillSyntheticTickets(db, tickets, now, log);
    }
    // The Ticket triggers noted every day touched by the insert (or by the migration that added the
    // rollup): build it now, as the SLA worker would within a minute, and say how long it took.
    const refreshStarted = performance.now();
    // After a fresh fill (possibly over a TRUNCATE, which fires no trigger) rebuild it all.
    const days = insertSeconds > 0 ? await rebuildStatRollup(db.prisma) : await refreshStatRollup(db.prisma);
    log(`[${kind}] dashboard rollup: ${days} days built in ${((performance.now() - refreshStarted) / 1000).toFixed(1)} s`);
    log(`[${kind}] timing the dashboard (${iterations} runs per case)…`);
    const cases = await timeCases(db, tickets, now, iterations, log);
    const all = cases.map((entry) => entry.p95Ms).sort((a, b) => a - b);
    return { database: kind, tickets, insertSeconds, cases, p95Ms: all[all.length - 1] ?? 0 };
  } finally {
    await db.close();
    await drop();
  }
}

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Runs the benchmark on the databases asked for (env by default) and returns the figures. */
export async function runDashboardBench(options: TDashboardBenchOptions = {}): Promise<TDashboardBenchResult[]> {
  const env = process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const wanted = options.databases ?? (env.BENCH_DASHBOARD_DB === "postgres" || env.BENCH_DASHBOARD_DB === "pglite" ? [env.BENCH_DASHBOARD_DB] : ["postgres", "pglite"]);
  const fromEnv = env.BENCH_DASHBOARD_TICKETS ? Number(env.BENCH_DASHBOARD_TICKETS) : undefined;
  const iterations = options.iterations ?? (Number(env.BENCH_DASHBOARD_ITERATIONS) || 10);
  const pgUrl = options.pgUrl ?? env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const results: TDashboardBenchResult[] = [];
  for (const kind of wanted) {
    if (kind === "postgres" && !(await isReachable(pgUrl))) {
      log(`[postgres] ${pgUrl} not reachable: skipped`);
      continue;
    }
    const tickets = (kind === "postgres" ? options.tickets?.postgres : options.tickets?.pglite) ?? fromEnv ?? (kind === "postgres" ? 1_000_000 : 100_000);
    const result = await benchOne(kind, tickets, iterations, pgUrl, env.BENCH_DASHBOARD_KEEP === "1", log);
    log(`[${kind}] ${tickets.toLocaleString("en")} tickets inserted in ${result.insertSeconds.toFixed(1)} s; dashboard p95 (worst case) ${result.p95Ms.toFixed(0)} ms`);
    results.push(result);
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runDashboardBench().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
