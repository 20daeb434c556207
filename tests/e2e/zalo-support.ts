/**
 * Starts the whole product (startApp from main.ts) against the fake Zalo Bot API, on an embedded
 * PGlite in a temporary directory or, when TEST_DATABASE_URL is set, on a fresh PostgreSQL
 * database; and lets a test talk as a citizen: send, then read what the bot answered.
 */
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, type TRunningApp } from "../../main.ts";
import { FakeZaloServer, type FakeZaloOptions, type FakeZaloUser, type SentZaloMessage } from "../fakes/fake-zalo.ts";
import { createTestDatabase, TEST_APP_SECRET, TEST_DATABASE_URL, type TTestDatabase } from "../support/test-database.ts";

export const WEBHOOK_SECRET = "zalo-webhook-secret-for-tests";

export interface TZaloHarness {
  app: TRunningApp;
  fake: FakeZaloServer;
  /** Base URL of our HTTP server. */
  baseUrl: string;
  /** A citizen whose reads wait until the outbox has nothing left to deliver. */
  citizen(user: FakeZaloUser): ZaloCitizen;
  stop(): Promise<void>;
}

export async function startZaloHarness(
  options: { mode: "polling" | "webhook"; fake?: FakeZaloOptions; /** More settings, e.g. the optional model's. */ env?: Record<string, string> } = { mode: "polling" },
): Promise<TZaloHarness> {
  const fake = new FakeZaloServer({ maxPollHoldMs: 250, ...options.fake });
  await fake.start();
  const dataDir = mkdtempSync(path.join(tmpdir(), "ln-zalo-"));
  let db: TTestDatabase | undefined;
  try {
    if (TEST_DATABASE_URL) db = await createTestDatabase();
    // The webhook URL must be known before start: pick a free port, then let the app take it.
    const port = options.mode === "webhook" ? await freePort() : 0;
    const app = await startApp(
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
        APP_SECRET: TEST_APP_SECRET,
        ADMIN_PASSWORD: "admin-password-for-tests",
        DATA_DIR: dataDir,
        PGLITE_DATA_DIR: "memory://",
        SEED_DEMO_DATA: "no",
        ZALO_BOT_TOKEN: fake.token,
        ZALO_API_ROOT: fake.url,
        ...(db?.url && { DATABASE_URL: db.url }),
        ...(options.mode === "webhook" && { PUBLIC_URL: `http://127.0.0.1:${port}`, ZALO_WEBHOOK_SECRET: WEBHOOK_SECRET }),
        ...options.env,
      },
      { outboxIntervalMs: 100 },
    );
    const isOutboxIdle = async () => (await app.deps.db.prisma.outboxMessage.count({ where: { status: "pending", nextAttemptAt: { lte: new Date() } } })) === 0;
    return {
      app,
      fake,
      baseUrl: `http://127.0.0.1:${app.port}`,
      citizen: (user) => new ZaloCitizen(fake, user, isOutboxIdle),
      async stop() {
        await app.stop();
        await fake.stop();
        await db?.dispose();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fake.stop();
    await db?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A citizen talking to the bot through the fake: each call returns the answers that followed. */
export class ZaloCitizen {
  private seen = 0;
  constructor(
    readonly fake: FakeZaloServer,
    readonly user: FakeZaloUser,
    /** True once everything queued has been delivered (tests run one conversation step at a time). */
    private readonly isSettled: () => Promise<boolean> = async () => true,
  ) {}

  /** Messages the bot sent this citizen so far. */
  all(): SentZaloMessage[] {
    return this.fake.sentMessages(this.user.id);
  }

  /** Waits until the bot's answers include one matching `until`, and returns every new answer. */
  async answers(until: string | RegExp, timeoutMs = 8_000): Promise<string> {
    const matches = (text: string) => (typeof until === "string" ? text.includes(until) : until.test(text));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = this.all().slice(this.seen);
      const index = fresh.findIndex((message) => matches(message.text ?? ""));
      if (index !== -1) {
        // Let a reply that comes in several pieces or messages finish arriving.
        const settleDeadline = Date.now() + 2_000;
        while (!(await this.isSettled()) && Date.now() < settleDeadline) await new Promise((resolve) => setTimeout(resolve, 20));
        await new Promise((resolve) => setTimeout(resolve, 20));
        const settled = this.all().slice(this.seen);
        this.seen += settled.length;
        return settled.map((message) => message.text ?? "").join("\n---\n");
      }
      if (Date.now() > deadline) {
        throw new Error(`No answer matching ${String(until)} within ${timeoutMs} ms. New answers:\n${fresh.map((message) => message.text).join("\n---\n") || "(none)"}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  async say(text: string, until: string | RegExp): Promise<string> {
    await this.fake.userSendsText(this.user, text);
    return this.answers(until);
  }
}
