import { Bot, type Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { runStoringPoller } from "../../../bot/channels/telegram/run-storing-poller.ts";

const BOT_INFO = { id: 42, is_bot: true, first_name: "Test", username: "test_bot" } as UserFromGetMe;

const textUpdate = (id: number): Update =>
  ({ update_id: id, message: { message_id: id, date: 0, chat: { id: 7, type: "private", first_name: "An" }, from: { id: 7, is_bot: false, first_name: "An" }, text: `tin ${id}` } }) as Update;

/**
 * A Bot API that serves the scripted batches to getUpdates like Telegram does: an update is
 * forgotten ("confirmed") once getUpdates is called with an offset above its id.
 */
function scriptedTelegram(batches: Update[][]) {
  const log: string[] = [];
  const confirmed = new Set<number>();
  const transformer: Transformer = async (_prev, method, payload) => {
    if (method !== "getUpdates") return { ok: true, result: true } as never;
    const offset = (payload as { offset?: number }).offset ?? 0;
    for (const batch of batches) for (const update of batch) if (update.update_id < offset && !confirmed.has(update.update_id)) {
      confirmed.add(update.update_id);
      log.push(`confirmed ${update.update_id}`);
    }
    const next = batches.find((batch) => batch.some((update) => !confirmed.has(update.update_id) && update.update_id >= offset));
    if (!next) await new Promise((resolve) => setTimeout(resolve, 20));
    return { ok: true, result: next?.filter((update) => update.update_id >= offset) ?? [] } as never;
  };
  return { transformer, log, confirmed };
}

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("long polling stores every update before Telegram forgets it", () => {
  it("retries an update that could not be stored and confirms it to Telegram only once stored", async () => {
    const telegram = scriptedTelegram([[textUpdate(100), textUpdate(101)], [textUpdate(102)]]);
    const bot = new Bot("42:test", { botInfo: BOT_INFO });
    bot.api.config.use(telegram.transformer);
    const handled: number[] = [];
    bot.use((ctx) => void handled.push(ctx.update.update_id));
    let failuresLeft = 3;
    const stored: number[] = [];
    const runner = runStoringPoller(bot, {
      allowedUpdates: ["message"],
      retryDelayMs: { first: 1, max: 4 },
      store: async (update) => {
        if (update.update_id === 101 && failuresLeft > 0) {
          failuresLeft -= 1;
          telegram.log.push(`store failed ${update.update_id}`);
          throw new Error("database unavailable");
        }
        stored.push(update.update_id);
        telegram.log.push(`stored ${update.update_id}`);
        return true;
      },
      onStoreError: () => undefined,
    });
    stop = async () => void (await runner.stop());
    await until(() => handled.includes(102) && telegram.confirmed.has(102));

    expect(stored).toEqual([100, 101, 102]);
    expect(handled.sort()).toEqual([100, 101, 102]);
    // 101 failed three times and was not confirmed to Telegram until it was stored.
    expect(telegram.log.filter((line) => line === "store failed 101")).toHaveLength(3);
    expect(telegram.log.indexOf("confirmed 101")).toBeGreaterThan(telegram.log.indexOf("stored 101"));
    expect(telegram.log.indexOf("confirmed 100")).toBeGreaterThan(telegram.log.indexOf("stored 101"));
  });

  it("leaves an update it could never store unconfirmed when stopped, so Telegram delivers it again", async () => {
    const telegram = scriptedTelegram([[textUpdate(200)]]);
    const bot = new Bot("42:test", { botInfo: BOT_INFO });
    bot.api.config.use(telegram.transformer);
    const handled: number[] = [];
    bot.use((ctx) => void handled.push(ctx.update.update_id));
    let attempts = 0;
    const runner = runStoringPoller(bot, {
      allowedUpdates: ["message"],
      retryDelayMs: { first: 1, max: 2 },
      store: async () => {
        attempts += 1;
        throw new Error("database unavailable");
      },
      onStoreError: () => undefined,
    });
    await until(() => attempts >= 3);
    await runner.stop();
    expect(handled).toEqual([]);
    expect(telegram.confirmed.has(200)).toBe(false);
  });

  it("does not hand on updates the store says need no handling (duplicates)", async () => {
    const telegram = scriptedTelegram([[textUpdate(300), textUpdate(301)]]);
    const bot = new Bot("42:test", { botInfo: BOT_INFO });
    bot.api.config.use(telegram.transformer);
    const handled: number[] = [];
    bot.use((ctx) => void handled.push(ctx.update.update_id));
    const runner = runStoringPoller(bot, { allowedUpdates: ["message"], store: async (update) => update.update_id !== 300, onStoreError: () => undefined });
    stop = async () => void (await runner.stop());
    await until(() => handled.includes(301));
    expect(handled).toEqual([301]);
  });
});
