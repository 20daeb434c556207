/**
 * The Zalo webhook path under load: Zalo-shaped updates POSTed (as Fetch requests, in process) to
 * the channel's /webhooks/zalo handler, each stored, handled by the dialogs (citizen, message,
 * dialog state) and its answer queued in the outbox. Reports updates/s, the webhook's own answer
 * time (store, then 200) and the time until the answer is queued, on PGlite and PostgreSQL.
 *
 * Sizes: BENCH_ZALO_CITIZENS (default 60) citizens, each sending /start, "1" (consent) and a tip
 * text; BENCH_ZALO_CONCURRENCY (default 16) citizens in flight at once.
 */
import { createZaloChannel, type TZaloChannel } from "../bot/channels/zalo/create-zalo-channel.ts";
import { ZALO_WEBHOOK_PATH } from "../bot/channels/zalo/zalo-webhook.ts";
import type { TAppDeps } from "../core/app-deps.ts";
import { loadConfig } from "../core/config/config.ts";
import { createLogger } from "../core/config/logger.ts";
import { applyMigrations } from "../core/db/migrate.ts";
import { openDatabase, type TDatabase } from "../core/db/open-database.ts";
import { createSecretBox } from "../core/security/secret-box.ts";
import { systemClock } from "../core/time/clock.ts";
import { seedDatabase } from "../prisma/seed/seed-database.ts";
import { buildZaloMessage } from "../tests/fakes/fake-zalo-wire.ts";
import { FakeZaloServer } from "../tests/fakes/fake-zalo.ts";
import { createBenchPostgres, percentile, printTable } from "./bench-util.ts";

const CITIZENS = Number(process.env.BENCH_ZALO_CITIZENS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_ZALO_CONCURRENCY ?? 16);
const SECRET = "zalo-bench-webhook-secret";
const APP_SECRET = "zalo-bench-app-secret-0123456789abcdef";
const TEXTS = ["/start", "1", "Có đối tượng bán ma túy ở đầu ngõ 12 Trần Phú, phường Kỳ Sơn, tối nào cũng thấy"];

export async function runZaloBench(): Promise<void> {
  const fake = new FakeZaloServer();
  await fake.start();
  const rows: Record<string, string | number>[] = [];
  try {
    const pglite = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    try {
      rows.push(await measure("pglite", pglite, fake, { PGLITE_DATA_DIR: "memory://" }));
    } finally {
      await pglite.close();
    }
    const postgres = await createBenchPostgres("lnbench_zalo");
    if (postgres) {
      const db = await openDatabase({ kind: "postgres", url: postgres.url });
      try {
        rows.push(await measure("postgres", db, fake, { DATABASE_URL: postgres.url }));
      } finally {
        await db.close();
        await postgres.drop();
      }
    } else {
      console.log("PostgreSQL not reachable: Zalo bench on PGlite only");
    }
  } finally {
    await fake.stop();
  }
  printTable(`Zalo webhook → stored message → queued answer: ${CITIZENS} citizens × ${TEXTS.length} updates, ${CONCURRENCY} citizens at once (in process, no HTTP hop)`, rows);
}

async function measure(label: string, db: TDatabase, fake: FakeZaloServer, databaseEnv: Record<string, string>) {
  await applyMigrations(db.sql);
  const box = createSecretBox(APP_SECRET);
  await seedDatabase(db.prisma, { box, now: new Date(), adminPassword: "bench-admin-password", withDemoData: false });
  const { config } = loadConfig({
    ...databaseEnv, APP_SECRET, LOG_LEVEL: "silent", ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: fake.url,
    PUBLIC_URL: "https://bench.invalid", ZALO_WEBHOOK_SECRET: SECRET,
  });
  const deps: TAppDeps = { config, logger: createLogger("silent"), db, box, clock: systemClock, wakeOutbox: () => undefined };
  const waiting = new Map<string, (outcome: string) => void>();
  const channel: TZaloChannel = createZaloChannel(deps, {
    onHandled: (update, outcome) => waiting.get(update.message?.message_id ?? "")?.(outcome),
  });
  const webhook = channel.webhook!;
  const ackMs: number[] = [];
  const queuedMs: number[] = [];
  let failed = 0;

  const send = async (text: string, userId: string) => {
    const update = { event_name: "message.text.received", message: buildZaloMessage({ id: userId, display_name: "Bench" }, { text }) };
    const handled = new Promise<string>((resolve) => waiting.set(update.message.message_id, resolve));
    const started = performance.now();
    const response = await webhook.handle(
      new Request(`https://bench.invalid${ZALO_WEBHOOK_PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      }),
    );
    ackMs.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    if ((await handled) !== "handled") failed += 1;
    queuedMs.push(performance.now() - started);
    waiting.delete(update.message.message_id);
  };

  const citizens = Array.from({ length: CITIZENS }, (_, index) => `${label}-citizen-${index}`);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < citizens.length) {
        const userId = citizens[next++]!;
        for (const text of TEXTS) await send(text, userId);
        process.stderr.write(`\r${label}: ${queuedMs.length}/${CITIZENS * TEXTS.length} updates`);
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  process.stderr.write("\n");
  await channel.stop();
  const [messages, queued] = await Promise.all([
    db.prisma.message.count({ where: { direction: "in" } }),
    db.prisma.outboxMessage.count({ where: { channel: "zalo" } }),
  ]);
  return {
    database: label,
    updates: queuedMs.length,
    "updates/s": Math.round((queuedMs.length / elapsedMs) * 1000),
    "ack p50 ms": percentile(ackMs, 50),
    "ack p99 ms": percentile(ackMs, 99),
    "queued p50 ms": percentile(queuedMs, 50),
    "queued p99 ms": percentile(queuedMs, 99),
    "stored msgs": messages,
    "queued answers": queued,
    failed,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await runZaloBench();
