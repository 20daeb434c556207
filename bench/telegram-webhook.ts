/**
 * `npm run bench -- telegram`: updates per second through the Telegram webhook path — HTTP receipt,
 * secret check, inbound update stored, dialog run, citizen/message/ticket stored and the answer
 * queued in the outbox — with p50/p99 latency, on PGlite and on PostgreSQL, next to a bare grammY
 * echo bot behind the same HTTP stack (the framework's ceiling). Bot API calls are answered by an
 * API transformer: no network, no outbox delivery (that is the outbox bench's job).
 *
 * Each virtual citizen plays a whole tip (8 updates: /start, consent, the tip text, a photo,
 * continue, skip the place, anonymous, send), so every run also creates tickets. Two loads:
 * closed loop (BENCH_TG_CONCURRENCY citizens at once, as fast as possible, BENCH_TG_SECONDS) and an
 * open loop at a fixed rate (BENCH_TG_RATE updates/s). BENCH_TG_TARGETS=echo,pglite,postgres picks targets.
 */
import { serve, type ServerType } from "@hono/node-server";
import http from "node:http";
import { Bot, webhookCallback, type Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
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

const SECONDS = Number(process.env.BENCH_TG_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_TG_CONCURRENCY ?? 16);
const RATE = Number(process.env.BENCH_TG_RATE ?? 100);
const TARGETS = (process.env.BENCH_TG_TARGETS ?? "echo,pglite,postgres").split(",");
const TOKEN = "123456789:BenchTokenForTheWebhookPath_000000";
const SECRET = "bench_webhook_secret_0123456789";
const BOT_INFO: UserFromGetMe = {
  id: 123456789, is_bot: true, first_name: "Bench", username: "langnghe_bench_bot", can_join_groups: false, can_read_all_group_messages: false,
  supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
} as UserFromGetMe;

/** Answers every Bot API call locally, with plausible results. */
const offlineApi: Transformer = async (_prev, method, payload) => {
  const chatId = (payload as { chat_id?: number }).chat_id ?? 0;
  const result =
    method === "getMe" ? BOT_INFO
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

/** What each update of the citizen script is, for the statements-per-update table. */
const SCRIPT_STEPS = ["/start", "consent", "tip text (free text)", "photo", "continue (button)", "skip place (typed)", "anonymous (button)", "send (ticket created)"];

/** The updates one citizen sends for a whole anonymous tip. */
function citizenScript(userId: number): Update[] {
  const from = { id: userId, is_bot: false, first_name: "Bench", language_code: "vi" };
  const chat = { id: userId, type: "private" as const, first_name: "Bench" };
  let messageId = 0;
  const message = (content: object) => ({ message: { message_id: ++messageId, date: 0, chat, from, ...content } });
  const click = (data: string) => ({
    callback_query: { id: `${userId}-${messageId}-${data}`, from, chat_instance: "bench", data, message: { message_id: 1, date: 0, chat, from: BOT_INFO, text: "…" } },
  });
  const steps = [
    message({ text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] }),
    click("consent"),
    message({ text: "Hàng xóm bán ma túy ở xóm 3, xã Lâm Thao, tối nào cũng có người lạ đến mua" }),
    message({ photo: [{ file_id: `photo-${userId}`, file_unique_id: `u-${userId}`, width: 800, height: 600, file_size: 12345 }], caption: "ảnh" }),
    click("tip:next"),
    message({ text: "Bỏ qua" }),
    click("an:y"),
    click("cf:send"),
  ];
  return steps.map((step, index) => ({ update_id: userId * 10 + index, ...step }) as Update);
}

function echoScript(userId: number): Update[] {
  const from = { id: userId, is_bot: false, first_name: "Bench" };
  return Array.from({ length: 8 }, (_, index) => ({
    update_id: userId * 10 + index,
    message: { message_id: index + 1, date: 0, chat: { id: userId, type: "private", first_name: "Bench" }, from, text: `tin nhắn ${index}` },
  }) as Update);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs one update over a kept-alive connection; resolves with the latency once the answer is read. */
function post(url: string, update: Update): Promise<{ ms: number; isOk: boolean }> {
  const started = performance.now();
  const body = JSON.stringify(update);
  return new Promise((resolve) => {
    const request = http.request(url, {
      method: "POST",
      agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-telegram-bot-api-secret-token": SECRET },
    }, (response) => {
      response.resume();
      response.on("end", () => resolve({ ms: performance.now() - started, isOk: (response.statusCode ?? 500) < 300 }));
    });
    request.on("error", () => resolve({ ms: performance.now() - started, isOk: false }));
    request.end(body);
  });
}

/** Closed loop: `concurrency` citizens at a time, each playing its script in order, for `seconds`. */
async function closedLoop(url: string, script: (userId: number) => Update[], firstUser: number, progress: (text: string) => void) {
  const latencies: number[] = [];
  let errors = 0;
  let nextUser = firstUser;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  const ticker = setInterval(() => progress(`${latencies.length} updates, ${(latencies.length / ((performance.now() - started) / 1000)).toFixed(0)}/s`), 1000);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        for (const update of script(nextUser++)) {
          const result = await post(url, update);
          latencies.push(result.ms);
          if (!result.isOk) errors += 1;
        }
      }
    }),
  );
  clearInterval(ticker);
  return { latencies, errors, seconds: (performance.now() - started) / 1000, usersUsed: nextUser - firstUser };
}

/** Open loop: updates started at a fixed rate whatever the answers' speed; one citizen's updates stay in order. */
async function openLoop(url: string, script: (userId: number) => Update[], firstUser: number, rate: number) {
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(rate * Math.min(SECONDS, 5));
  const perCitizen = script(0).length;
  const citizens = Math.ceil(total / perCitizen);
  const started = performance.now();
  // Citizen c sends its k-th update at slot c + k·citizens, so updates are spread evenly.
  await Promise.all(
    Array.from({ length: citizens }, async (_, c) => {
      const updates = script(firstUser + c);
      for (const [k, update] of updates.entries()) {
        const slot = c + k * citizens;
        if (slot >= total) return;
        const wait = started + (slot * 1000) / rate - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const result = await post(url, update);
        latencies.push(result.ms);
        if (!result.isOk) errors += 1;
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
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
      rows.push({ update: SCRIPT_STEPS[index] ?? String(index), statements: count, "ms alone": performance.now() - started });
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

function row(target: string, load: string, run: { latencies: number[]; errors: number; seconds: number }): TTelegramBenchRow {
  return { target, load, updates: run.latencies.length, "updates/s": run.latencies.length / run.seconds, "p50 ms": percentile(run.latencies, 50), "p99 ms": percentile(run.latencies, 99), errors: run.errors };
}

async function benchEcho(progress: (text: string) => void): Promise<TTelegramBenchRow[]> {
  const bot = new Bot(TOKEN, { botInfo: BOT_INFO });
  bot.api.config.use(offlineApi);
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  const handle = webhookCallback(bot, "std/http", { secretToken: SECRET });
  const app = new Hono();
  app.post("/webhooks/telegram", (c) => handle(c.req.raw));
  const { server, url } = await listen(app);
  try {
    const closed = await closedLoop(url, echoScript, 1, (text) => progress(`echo: ${text}`));
    const open = await openLoop(url, echoScript, 10_000_000, RATE);
    return [row("grammY echo (ceiling)", `${CONCURRENCY} concurrent`, closed), row("grammY echo (ceiling)", `${RATE}/s fixed`, open)];
  } finally {
    await close(server);
  }
}

async function benchLangNghe(target: string, env: NodeJS.ProcessEnv, progress: (text: string) => void): Promise<TTelegramBenchRow[]> {
  const { config } = loadConfig({ ...env, TELEGRAM_BOT_TOKEN: TOKEN, PUBLIC_URL: "http://127.0.0.1:1", TELEGRAM_WEBHOOK_SECRET: SECRET, APP_SECRET: "bench-secret-0123456789abcdef0123456789", LOG_LEVEL: "silent" });
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
    const closed = await closedLoop(url, citizenScript, 1, (text) => progress(`${target}: ${text}`));
    progress(`${target}: ${RATE}/s fixed rate`);
    const open = await openLoop(url, citizenScript, 10_000_000, RATE);
    if (db.kind === "postgres") printTable(`SQL statements per update, ${target} (one citizen, after warm-up)`, await statementsPerStep(channel));
    const tickets = await db.prisma.ticket.count();
    const queued = await db.prisma.outboxMessage.count();
    progress(`${target}: ${tickets} tickets created, ${queued} answers queued`);
    return [row(`LangNghe, ${target}`, `${CONCURRENCY} concurrent`, closed), row(`LangNghe, ${target}`, `${RATE}/s fixed`, open)];
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
  progress(`${SECONDS} s closed loop with ${CONCURRENCY} citizens at a time, then ${RATE} updates/s`);
  if (TARGETS.includes("echo")) rows.push(...(await benchEcho(progress)));
  if (TARGETS.includes("pglite")) rows.push(...(await benchLangNghe("PGlite", { PGLITE_DATA_DIR: "memory://" }, progress)));
  const postgres = TARGETS.includes("postgres") ? await createBenchPostgres("lnbench_tg") : null;
  if (!postgres) progress("PostgreSQL not reachable (BENCH_DATABASE_URL): skipped");
  else {
    try {
      rows.push(...(await benchLangNghe("PostgreSQL", { DATABASE_URL: postgres.url }, progress)));
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await postgres.drop();
    }
  }
  printTable("Telegram webhook: receipt → stored update, message/ticket and queued answer", rows as unknown as Record<string, string | number>[]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runTelegramBench();
