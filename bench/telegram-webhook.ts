/**
 * `npm run bench -- telegram`: updates per second through the Telegram webhook path — HTTP receipt,
 * secret check, inbound update stored, dialog run, citizen/message/ticket stored and the answer
 * queued in the outbox — with p50/p99 latency, on PGlite and on PostgreSQL, next to two references
 * behind the same HTTP stack: a bare grammY echo bot (the framework's ceiling, nothing stored) and
 * the "store-first floor" (no dialog: the secret check, the update stored, then one transaction with
 * the shape of a turn — lock the chat's state, insert a message and an outbox row, mark the update
 * processed, save the state — in plain SQL on plain tables: what PostgreSQL and the driver cost
 * before any of our code runs). Bot API calls are answered by an API transformer: no network, no
 * outbox delivery (that is the outbox bench's job). The load comes from a worker thread.
 *
 * Each virtual citizen plays a whole tip (8 updates: /start, consent, the tip text, a photo,
 * continue, skip the place, anonymous, send), so every run also creates tickets. After a warm-up
 * (BENCH_TG_WARMUP seconds, not counted), two loads: closed loop (BENCH_TG_CONCURRENCY citizens at
 * once, as fast as possible, BENCH_TG_SECONDS) and open loops at fixed rates (BENCH_TG_RATE, a
 * comma-separated list of updates/s, each for BENCH_TG_OPEN_SECONDS).
 * BENCH_TG_TARGETS=echo,floor,pglite,postgres picks targets.
 */
import { serve, type ServerType } from "@hono/node-server";
import { Bot, webhookCallback, type Transformer } from "grammy";
import type { Update } from "grammy/types";
import { Hono } from "hono";
import pg from "pg";
import { createTelegramChannel } from "../bot/channels/telegram/create-telegram-channel.ts";
import type { TAppDeps } from "../core/app-deps.ts";
import { loadConfig } from "../core/config/config.ts";
import { createLogger } from "../core/config/logger.ts";
import { applyMigrations } from "../core/db/migrate.ts";
import { openDatabase } from "../core/db/open-database.ts";
import { createSecretBox } from "../core/security/secret-box.ts";
import { systemClock } from "../core/time/clock.ts";
import { seedDatabase } from "../prisma/seed/seed-database.ts";
import { createBenchPostgres, percentile, printTable } from "./bench-util.ts";
import { runLoad, type TLoadResult } from "./http-load.ts";
import type { TLoadRequest } from "./http-load-worker.ts";
import { BENCH_BOT_INFO, BENCH_BOT_TOKEN, BENCH_WEBHOOK_SECRET, CITIZEN_SCRIPT_STEPS, citizenScript } from "./telegram-scripts.ts";
import { createStoreFirstFloor } from "./store-first-floor.ts";

const SECONDS = Number(process.env.BENCH_TG_SECONDS ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_TG_WARMUP ?? 3);
const OPEN_SECONDS = Number(process.env.BENCH_TG_OPEN_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_TG_CONCURRENCY ?? 16);
const RATES = (process.env.BENCH_TG_RATE ?? "100").split(",").map(Number).filter((rate) => rate > 0);
const TARGETS = (process.env.BENCH_TG_TARGETS ?? "echo,floor,pglite,postgres").split(",");

/** Answers every Bot API call locally, with plausible results. */
const offlineApi: Transformer = async (_prev, method, payload) => {
  const chatId = (payload as { chat_id?: number }).chat_id ?? 0;
  const result =
    method === "getMe" ? BENCH_BOT_INFO
    : method === "sendMessage" ? { message_id: 1, date: 0, chat: { id: chatId, type: "private", first_name: "x" }, text: (payload as { text?: string }).text }
    : true;
  return { ok: true, result } as never;
};

export interface TTelegramBenchRow {
  target: string;
  load: string;
  updates: number;
  "updates/s": number;
  "p50 ms": number;
  "p99 ms": number;
  errors: number;
}

/**
 * Counts the statements each step of the script sends to PostgreSQL (every pg client query,
 * BEGIN and COMMIT included), handling one citizen's updates one after the other.
 */
async function statementsPerStep(channel: { processUpdate(update: Update): Promise<void> }): Promise<Record<string, string | number>[]> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    const rows: Record<string, string | number>[] = [];
    for (const [index, update] of citizenScript(90_000_000).entries()) {
      count = 0;
      const started = performance.now();
      await channel.processUpdate(update);
      rows.push({ update: CITIZEN_SCRIPT_STEPS[index] ?? String(index), statements: count, "ms alone": performance.now() - started });
    }
    return rows;
  } finally {
    prototype.query = original;
  }
}

function listen(app: Hono): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => resolve({ server, url: `http://127.0.0.1:${info.port}/webhooks/telegram` }));
  });
}

const close = (server: ServerType) => new Promise<void>((resolve) => server.close(() => resolve()));

function row(target: string, load: string, run: TLoadResult): TTelegramBenchRow {
  return { target, load, updates: run.latencies.length, "updates/s": run.latencies.length / run.seconds, "p50 ms": percentile(run.latencies, 50), "p99 ms": percentile(run.latencies, 99), errors: run.errors };
}

/** Warm-up (not counted), the closed loop, then each fixed rate; citizens never repeat across loads. */
async function measureTarget(target: string, url: string, script: TLoadRequest["script"], progress: (text: string) => void): Promise<TTelegramBenchRow[]> {
  let firstUser = 1;
  const nextUsers = () => (firstUser += 1_000_000);
  if (WARMUP_SECONDS > 0) await runLoad({ url, script, firstUser: nextUsers(), concurrency: CONCURRENCY, seconds: WARMUP_SECONDS }, (text) => progress(`${target} warm-up: ${text}`));
  const rows = [row(target, `${CONCURRENCY} concurrent`, await runLoad({ url, script, firstUser: nextUsers(), concurrency: CONCURRENCY, seconds: SECONDS }, (text) => progress(`${target}: ${text}`)))];
  for (const rate of RATES) {
    progress(`${target}: ${rate}/s fixed rate for ${OPEN_SECONDS} s`);
    rows.push(row(target, `${rate}/s fixed`, await runLoad({ url, script, firstUser: nextUsers(), rate, seconds: OPEN_SECONDS })));
  }
  return rows;
}

async function benchEcho(progress: (text: string) => void): Promise<TTelegramBenchRow[]> {
  const bot = new Bot(BENCH_BOT_TOKEN, { botInfo: BENCH_BOT_INFO });
  bot.api.config.use(offlineApi);
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  const handle = webhookCallback(bot, "std/http", { secretToken: BENCH_WEBHOOK_SECRET });
  const app = new Hono();
  app.post("/webhooks/telegram", (c) => handle(c.req.raw));
  const { server, url } = await listen(app);
  try {
    return await measureTarget("grammY echo (ceiling)", url, "echo", progress);
  } finally {
    await close(server);
  }
}

async function benchFloor(databaseUrl: string, progress: (text: string) => void): Promise<TTelegramBenchRow[]> {
  const floor = await createStoreFirstFloor(databaseUrl, BENCH_WEBHOOK_SECRET);
  const { server, url } = await listen(floor.app);
  try {
    return await measureTarget("store-first floor, PostgreSQL", url, "echo", progress);
  } finally {
    await close(server);
    await floor.close();
  }
}

async function benchLangNghe(target: string, env: NodeJS.ProcessEnv, progress: (text: string) => void): Promise<TTelegramBenchRow[]> {
  const { config } = loadConfig({ ...env, TELEGRAM_BOT_TOKEN: BENCH_BOT_TOKEN, PUBLIC_URL: "http://127.0.0.1:1", TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET, APP_SECRET: "bench-secret-0123456789abcdef0123456789", LOG_LEVEL: "silent" });
  const db = await openDatabase(config.database, { poolSize: 10 });
  await applyMigrations(db.sql);
  const box = createSecretBox(config.appSecret);
  progress(`${target}: seeding`);
  await seedDatabase(db.prisma, { box, now: new Date(), adminPassword: "bench-admin-password", withDemoData: false });
  const deps: TAppDeps = { config, logger: createLogger("silent"), db, box, clock: systemClock, wakeOutbox: () => undefined };
  const channel = createTelegramChannel(deps, { recoveryIntervalMs: 0, apiTransformers: [offlineApi] });
  await channel.start();
  const app = new Hono();
  app.post(channel.webhook!.path, (c) => channel.webhook!.handle(c.req.raw));
  const { server, url } = await listen(app);
  try {
    const rows = await measureTarget(`LangNghe, ${target}`, url, "citizen", progress);
    if (db.kind === "postgres") printTable(`SQL statements per update, ${target} (one citizen, after warm-up)`, await statementsPerStep(channel));
    const tickets = await db.prisma.ticket.count();
    const queued = await db.prisma.outboxMessage.count();
    progress(`${target}: ${tickets} tickets created, ${queued} answers queued`);
    return rows;
  } finally {
    await close(server);
    await channel.stop();
    await db.close();
  }
}

/** Runs every target and prints one table; returns the rows for bench/run.ts or a report. */
export async function runTelegramBench(): Promise<TTelegramBenchRow[]> {
  const progress = (text: string) => process.stderr.write(`  … ${text}\n`);
  const rows: TTelegramBenchRow[] = [];
  progress(`${WARMUP_SECONDS} s warm-up, ${SECONDS} s closed loop with ${CONCURRENCY} citizens at a time, then ${RATES.join(", ")} updates/s for ${OPEN_SECONDS} s each`);
  if (TARGETS.includes("echo")) rows.push(...(await benchEcho(progress)));
  if (TARGETS.includes("pglite")) rows.push(...(await benchLangNghe("PGlite", { PGLITE_DATA_DIR: "memory://" }, progress)));
  const needsPostgres = TARGETS.includes("postgres") || TARGETS.includes("floor");
  const postgres = needsPostgres ? await createBenchPostgres("lnbench_tg") : null;
  if (needsPostgres && !postgres) progress("PostgreSQL not reachable (BENCH_DATABASE_URL): floor and PostgreSQL skipped");
  if (postgres) {
    try {
      if (TARGETS.includes("floor")) rows.push(...(await benchFloor(postgres.url, progress)));
      if (TARGETS.includes("postgres")) rows.push(...(await benchLangNghe("PostgreSQL", { DATABASE_URL: postgres.url }, progress)));
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await postgres.drop();
    }
  }
  printTable("Telegram webhook: receipt → stored update, message/ticket and queued answer", rows as unknown as Record<string, string | number>[]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runTelegramBench();
