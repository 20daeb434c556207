import { createConcurrentSink, createRunner, createSource, createUpdateFetcher, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";

/** The runner hands out an abort-controller polyfill's signal; this is all that is used of it. */
type TAbortSignal = {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
};

export interface TStoringPollerOptions {
  allowedUpdates: readonly string[];
  /**
   * Stores one update (deduplicated) and says whether it is to be handled. Throws when it could not
   * be stored; the poller then retries it and fetches nothing new meanwhile.
   */
  store: (update: Update) => Promise<boolean>;
  onStoreError: (error: unknown, update: Update, attempt: number) => void;
  /** Waits between attempts to store, doubling from the first to the last (default 100 ms … 5 s). */
  retryDelayMs?: { first: number; max: number };
}

/**
 * Long polling with grammY's runner, storing every update before Telegram learns it arrived.
 * Telegram forgets updates once getUpdates is called with a higher offset, and the runner's own
 * source asks for the next batch while the previous one is still being handled — so an update
 * whose storing failed (database down) was lost. Here the supplier stores each update of a batch,
 * retrying until it is stored, before handing the batch to the runner; the next getUpdates (which
 * confirms the batch) is only sent after that. Stopping while an update cannot be stored leaves it
 * unconfirmed: Telegram delivers it again after the restart, and the store deduplicates.
 * Handling stays the runner's: concurrent, one chat at a time through the bot's middleware.
 */
export function runStoringPoller(bot: Bot, options: TStoringPollerOptions): RunnerHandle {
  const fetchUpdates = createUpdateFetcher(bot, { fetch: { allowed_updates: [...options.allowedUpdates] as never } });
  const delays = options.retryDelayMs ?? { first: 100, max: 5_000 };
  const storeUntilStored = async (update: Update, signal: TAbortSignal): Promise<boolean> => {
    for (let attempt = 1, delay = delays.first; ; attempt += 1, delay = Math.min(delay * 2, delays.max)) {
      try {
        return await options.store(update);
      } catch (error) {
        options.onStoreError(error, update, attempt);
        if (signal.aborted) throw error;
        await sleep(delay, signal);
        if (signal.aborted) throw error;
      }
    }
  };
  const source = createSource<Update>({
    async supply(batchSize, signal) {
      const updates = await fetchUpdates(batchSize, signal);
      const toHandle: Update[] = [];
      for (const update of updates) if (await storeUntilStored(update, signal)) toHandle.push(update);
      return toHandle;
    },
  });
  const sink = createConcurrentSink<Update>({ consume: (update) => bot.handleUpdate(update) }, async (error) => {
    await bot.errorHandler(error as never);
  });
  const runner = createRunner(source, sink);
  runner.start();
  return runner;
}

function sleep(ms: number, signal: TAbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
