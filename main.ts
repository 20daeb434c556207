import { serve, type ServerType } from "@hono/node-server";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { createAdminApp } from "./admin/app.ts";
import type { TChannelRuntime } from "./bot/channel-runtime.ts";
import { startChannels } from "./bot/start-channels.ts";
import type { TAppDeps } from "./core/app-deps.ts";
import { loadConfig } from "./core/config/config.ts";
import { createLogger } from "./core/config/logger.ts";
import { applyMigrations } from "./core/db/migrate.ts";
import { openDatabase } from "./core/db/open-database.ts";
import { AppError, isAppError } from "./core/errors/app-error.ts";
import { loadUnderstandingService } from "./core/faq/load-understanding-service.ts";
import { defaultClassifier, detectEmergency } from "./core/understanding/index.ts";
import { startOutboxWorker } from "./core/outbox/outbox-worker.ts";
import { startRetentionWorker } from "./core/retention/start-retention-worker.ts";
import { startSlaWorker } from "./core/sla/start-sla-worker.ts";
import { createSecretBox } from "./core/security/secret-box.ts";
import { systemClock, type Clock } from "./core/time/clock.ts";
import { isEmptyDatabase, seedDatabase } from "./prisma/seed/seed-database.ts";
import { printCredentials } from "./prisma/seed/print-credentials.ts";
import { createTranslator } from "./locales/translator.ts";

export interface TRunningApp {
  deps: TAppDeps;
  port: number;
  channels: TChannelRuntime[];
  stop(): Promise<void>;
}

/**
 * The composition root: read config once, open and migrate the database, seed an empty embedded
 * one, start the outbox, the chat channels whose tokens are set and the HTTP server.
 */
export async function startApp(env: NodeJS.ProcessEnv, options: { clock?: Clock; outboxIntervalMs?: number } = {}): Promise<TRunningApp> {
  const { config, disabled } = loadConfig(env);
  const logger = createLogger(config.logLevel);
  if (config.appSecretGeneratedAt) logger.warn({ file: config.appSecretGeneratedAt }, "APP_SECRET not set: generated one for the embedded database");
  const db = await openDatabase(config.database, { onConnectionError: (error) => logger.warn({ err: error }, "database connection lost; the pool reconnects") });
  const migrations = await applyMigrations(db.sql);
  logger.info({ database: db.kind, applied: migrations.applied }, "database ready");
  const box = createSecretBox(config.appSecret);
  const clock = options.clock ?? systemClock;

  const shouldSeed = config.seedDemoData === "yes" || (config.seedDemoData === "auto" && config.database.kind === "pglite");
  if (await isEmptyDatabase(db.prisma)) {
    const seeded = await seedDatabase(db.prisma, { box, now: clock.now(), adminPassword: config.adminPassword, withDemoData: shouldSeed });
    printCredentials(seeded.credentials);
    logger.info({ demoTickets: seeded.demoTicketsCreated }, "empty database seeded");
  }

  // The learned parts are fitted on first use (~1–1.5 s on this hardware); fit them now so the first
  // citizen, possibly one in danger, does not wait for it.
  const fitStarted = performance.now();
  defaultClassifier();
  detectEmergency("");
  logger.info({ ms: Math.round(performance.now() - fitStarted) }, "understanding models fitted");

  let wake = () => undefined as void;
  const deps: TAppDeps = { config, logger, db, box, clock, wakeOutbox: () => wake() };
  const channels = await startChannels(deps);
  const senders = Object.fromEntries(channels.map((channel) => [channel.name, channel.sender]));
  const outbox = startOutboxWorker({ prisma: db.prisma, sql: db.sql, box, clock, senders, log: logger }, { intervalMs: options.outboxIntervalMs });
  wake = outbox.wake;
  // Reminders, escalation and auto-closing; safe on every instance (each reminder is recorded once).
  // Posts to units' Telegram groups are written in each unit's language (core gets a translator).
  const groupTranslator = createTranslator();
  const groupText = (language: string) => groupTranslator.t(language);
  const sla = startSlaWorker({ prisma: db.prisma, clock, box, wakeOutbox: outbox.wake, logger, panelUrl: config.publicUrl, groupText });
  const retention = startRetentionWorker({ prisma: db.prisma, clock, logger });

  const root = new Hono();
  for (const channel of channels) {
    if (channel.webhook) root.post(channel.webhook.path, (c) => channel.webhook!.handle(c.req.raw));
  }
  const understanding = await loadUnderstandingService(db.prisma, { openai: config.openai, logger, clock });
  const fetchFile = async (channel: string, fileRef: string) => {
    const source = channels.find((candidate) => candidate.name === channel)?.downloadFile;
    if (!source) throw new AppError("DELIVERY_FAILED", `the ${channel} channel is not running`);
    return source(fileRef);
  };
  root.route("/", createAdminApp(deps, { understanding, fetchFile }));
  const server = await listen(root, config.host, config.port);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;

  for (const channel of channels) {
    await channel.start();
    logger.info({ channel: channel.name }, `channel on: ${channel.describe()}`);
  }
  for (const off of disabled) logger.info({ feature: off.feature }, `${off.feature} off: ${off.reason}`);
  logger.info({ port }, `admin panel on http://localhost:${port}/`);

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      for (const channel of channels) await channel.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await retention.stop();
      await sla.stop();
      await outbox.stop();
      await db.close();
      logger.info("stopped");
    })());
  return { deps, port, channels, stop };
}

function listen(app: Hono, hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port }, () => resolve(server));
    server.once("error", reject);
  });
}

async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    const app = await startApp(process.env);
    const shutdown = (signal: string) => {
      app.deps.logger.info({ signal }, "shutting down");
      app.stop().then(
        () => process.exit(0),
        (error) => {
          app.deps.logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  } catch (error) {
    if (isAppError(error, "CONFIG_INVALID")) {
      console.error(`Configuration error: ${error.message}`);
      console.error("See .env.example for every setting.");
    } else {
      console.error("Failed to start:", error);
    }
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
