import { applyMigrations } from "../core/db/migrate.ts";
import { openDatabase, type TDatabase } from "../core/db/open-database.ts";
import { deliverOutboxBatch } from "../core/outbox/deliver-outbox.ts";
import { enqueueOutbox } from "../core/outbox/enqueue-outbox.ts";
import { sqlRunnerOf } from "../core/db/sql-runner.ts";
import { createSecretBox } from "../core/security/secret-box.ts";
import { systemClock } from "../core/time/clock.ts";
import { createBenchPostgres, printTable } from "./bench-util.ts";

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 2000);
const CHATS = 200;

/** Outbox delivery rate with two concurrent workers and a sender that answers at once. */
export async function runOutboxBench(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  const pglite = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  rows.push(await measure("pglite", pglite, pglite));
  await pglite.close();
  const postgres = await createBenchPostgres("lnbench_outbox");
  if (postgres) {
    const a = await openDatabase({ kind: "postgres", url: postgres.url });
    const b = await openDatabase({ kind: "postgres", url: postgres.url });
    try {
      rows.push(await measure("postgres", a, b));
    } finally {
      await a.close();
      await b.close();
      await postgres.drop();
    }
  } else {
    console.log("PostgreSQL not reachable: outbox bench on PGlite only");
  }
  printTable(`Outbox: ${MESSAGES} messages to ${CHATS} chats, two workers`, rows);
}

async function measure(label: string, first: TDatabase, second: TDatabase) {
  await applyMigrations(first.sql);
  const box = createSecretBox("bench".repeat(8));
  const enqueueStart = performance.now();
  for (let batch = 0; batch < MESSAGES; batch += 100) {
    await first.prisma.$transaction(async (tx) => {
      for (let index = batch; index < Math.min(batch + 100, MESSAGES); index += 1) {
        await enqueueOutbox(sqlRunnerOf(tx), box, { channel: "telegram", chatId: `chat-${index % CHATS}`, payload: { text: `m${index}` } }, new Date(Date.now() - 1000 + index));
      }
    });
    process.stderr.write(`\r${label}: queued ${Math.min(batch + 100, MESSAGES)}/${MESSAGES}`);
  }
  const enqueueMs = performance.now() - enqueueStart;
  let delivered = 0;
  const sender = { send: async () => ({ channelMessageId: String(++delivered) }) };
  const log = { warn() {}, error() {}, debug() {} };
  const worker = (db: TDatabase) => async () => {
    let idle = 0;
    while (idle < 2) idle = (await deliverOutboxBatch({ prisma: db.prisma, sql: db.sql, box, clock: systemClock, senders: { telegram: sender }, log }, 50)) === 0 ? idle + 1 : 0;
  };
  const deliverStart = performance.now();
  await Promise.all([worker(first)(), worker(second)()]);
  const deliverMs = performance.now() - deliverStart;
  process.stderr.write("\n");
  return { database: label, "queued/s": Math.round((MESSAGES / enqueueMs) * 1000), "delivered/s": Math.round((delivered / deliverMs) * 1000), delivered };
}

if (import.meta.url === `file://${process.argv[1]}`) await runOutboxBench();
