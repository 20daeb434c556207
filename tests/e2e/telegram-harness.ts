/**
 * Runs the whole application (startApp) against the fake Bot API server on 127.0.0.1 with a fresh
 * database (in-memory PGlite, or a PostgreSQL database of its own when TEST_DATABASE_URL is set),
 * and plays citizens: send text, press buttons, share files — then wait for what they would read.
 */
import { createServer } from "node:net";
import type { InlineKeyboardMarkup } from "grammy/types";
import { startApp, type TRunningApp } from "../../main.ts";
import { FakeTelegramServer, type FakeTelegramUser, type SentTelegramMessage } from "../fakes/fake-telegram.ts";
import { createTestDatabase, TEST_APP_SECRET, TEST_DATABASE_URL, type TTestDatabase } from "../support/test-database.ts";

export const WEBHOOK_SECRET = "e2e_webhook_secret_0123456789";

export interface TTelegramHarness {
  fake: FakeTelegramServer;
  app: TRunningApp;
  prisma: TRunningApp["deps"]["db"]["prisma"];
  citizen(user: Partial<FakeTelegramUser> & { id: number }): TestCitizen;
  stop(): Promise<void>;
}

export async function startTelegramHarness(options: { isWebhook?: boolean; prepare?: (fake: FakeTelegramServer) => void } = {}): Promise<TTelegramHarness> {
  const fake = new FakeTelegramServer({ maxPollHoldMs: 1000, webhookRetryDelayMs: 20 });
  await fake.start();
  options.prepare?.(fake);
  const testDb: TTestDatabase | null = TEST_DATABASE_URL ? await createTestDatabase() : null;
  const port = options.isWebhook ? await freePort() : 0;
  const env: NodeJS.ProcessEnv = {
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.url,
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_SECRET: TEST_APP_SECRET,
    ADMIN_PASSWORD: "admin-password-for-tests",
    LOG_LEVEL: "silent",
    SEED_DEMO_DATA: "no",
    ...(testDb?.url ? { DATABASE_URL: testDb.url } : { PGLITE_DATA_DIR: "memory://" }),
    ...(options.isWebhook ? { PUBLIC_URL: `http://127.0.0.1:${port}`, TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET } : {}),
  };
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write; // the seed prints the admin credentials
  const app = await startApp(env, { outboxIntervalMs: 50 }).finally(() => (process.stdout.write = write));
  return {
    fake,
    app,
    prisma: app.deps.db.prisma,
    citizen: (user) => new TestCitizen(fake, { first_name: "Lan", last_name: "Nguyễn", language_code: "vi", ...user }),
    async stop() {
      await app.stop();
      await fake.stop();
      if (testDb) {
        // The app's pool finishes closing its sockets just after stop(); dropping the database
        // (WITH FORCE) before that makes PostgreSQL kill them, which pg reports as an error.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await testDb.dispose().catch(() => undefined);
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

type TMatcher = string | RegExp | ((message: SentTelegramMessage) => boolean);

/** One citizen in a private chat with the bot. Each action remembers where the answers start. */
export class TestCitizen {
  private mark = 0;

  constructor(readonly fake: FakeTelegramServer, readonly user: FakeTelegramUser) {}

  /** Everything the bot sent this citizen. */
  get received(): SentTelegramMessage[] {
    return this.fake.sentMessages(this.user.id);
  }

  private before(): void {
    this.mark = this.received.length;
  }

  send(text: string) {
    this.before();
    return this.fake.userSendsText(this.user, text);
  }

  command(line: string) {
    this.before();
    return this.fake.userSendsCommand(this.user, line);
  }

  photo(caption?: string) {
    this.before();
    return this.fake.userSendsPhoto(this.user, caption === undefined ? {} : { caption });
  }

  location(latitude: number, longitude: number) {
    this.before();
    return this.fake.userSendsLocation(this.user, latitude, longitude);
  }

  contact(phone: string) {
    this.before();
    return this.fake.userSendsContact(this.user, phone);
  }

  act<T>(action: () => T): T {
    this.before();
    return action();
  }

  /** Presses the newest inline button whose label or callback data matches. */
  click(button: string | RegExp) {
    const matches = (text: string, data: string) => (typeof button === "string" ? text.includes(button) || data === button : button.test(text) || button.test(data));
    for (const message of [...this.received].reverse()) {
      const keyboard = (message.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard?.flat() ?? [];
      const found = keyboard.find((candidate) => "callback_data" in candidate && matches(candidate.text, candidate.callback_data ?? ""));
      if (found && "callback_data" in found && message.message_id !== undefined) {
        this.before();
        return this.fake.userClicks(this.user, found.callback_data!, message.message_id);
      }
    }
    throw new Error(`No button ${String(button)} in:\n${this.received.map((message) => describe(message)).join("\n")}`);
  }

  /** Waits for an answer sent after the last action that matches; returns it. */
  async expect(matcher: TMatcher, timeoutMs = 15_000): Promise<SentTelegramMessage> {
    const test = typeof matcher === "function" ? matcher : (message: SentTelegramMessage) => (typeof matcher === "string" ? String(message.text ?? "").includes(matcher) : matcher.test(String(message.text ?? "")));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(this.mark).find(test);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`No answer matching ${String(matcher)} within ${timeoutMs} ms. Sent since the action:\n${this.received.slice(this.mark).map(describe).join("\n") || "(nothing)"}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Labels of the buttons on a message (inline or reply keyboard). */
  static buttons(message: SentTelegramMessage): string[] {
    const markup = message.reply_markup as { inline_keyboard?: { text: string }[][]; keyboard?: { text: string }[][] } | undefined;
    return [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])].flat().map((button) => button.text);
  }
}

function describe(message: SentTelegramMessage): string {
  return `- ${String(message.text ?? "").slice(0, 160).replace(/\n/g, " ⏎ ")} [${TestCitizen.buttons(message).join(" | ")}]`;
}
