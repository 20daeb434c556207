/**
 * Long polling, when no public URL is configured: one loop per process (Zalo allows one poller
 * per token) asking getUpdates for the next update. "No update" (408) is the normal end of a
 * poll; errors back off exponentially up to a minute; stop() aborts the poll in flight at once.
 */
import type { Logger } from "../../../core/config/logger.ts";
import type { ZaloClient } from "./zalo-client.ts";
import { ZaloUnauthorizedError } from "./zalo-errors.ts";
import type { ZaloInbound } from "./zalo-inbound.ts";
import type { TZaloUpdate } from "./zalo-wire.ts";

export interface TZaloPollerOptions {
  /** Seconds Zalo holds each poll (default 30). */
  timeoutSeconds?: number;
  /** First back-off after an error (default 1 s), doubled up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface ZaloPoller {
  /** Ends the loop: aborts the poll in flight and waits for the update being stored. */
  stop(): Promise<void>;
}

export function startZaloPoller(deps: { client: ZaloClient; inbound: ZaloInbound; logger: Logger }, options: TZaloPollerOptions = {}): ZaloPoller {
  const aborter = new AbortController();
  const backoffMs = options.backoffMs ?? 1000;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        aborter.signal.removeEventListener("abort", done);
        resolve();
      }
      aborter.signal.addEventListener("abort", done);
    });

  /** Zalo has no offset: a polled update exists only here, so storing it is retried a few times. */
  async function store(update: TZaloUpdate): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await deps.inbound.accept(update);
        return;
      } catch (error) {
        if (attempt >= 5 || aborter.signal.aborted) {
          deps.logger.error({ err: error, event: update.event_name }, "zalo update could not be stored and is lost");
          return;
        }
        await sleep(backoffMs * attempt);
      }
    }
  }

  async function loop(): Promise<void> {
    let failures = 0;
    while (!aborter.signal.aborted) {
      try {
        const updates = await deps.client.getUpdates({ timeoutSeconds: options.timeoutSeconds ?? 30 }, { signal: aborter.signal });
        for (const update of updates) await store(update);
        failures = 0;
      } catch (error) {
        if (aborter.signal.aborted) break;
        failures += 1;
        const wait = error instanceof ZaloUnauthorizedError ? maxBackoffMs : Math.min(backoffMs * 2 ** (failures - 1), maxBackoffMs);
        const log = failures === 1 || error instanceof ZaloUnauthorizedError ? deps.logger.error.bind(deps.logger) : deps.logger.warn.bind(deps.logger);
        log({ err: error, failures, retryInMs: wait }, "zalo getUpdates failed");
        await sleep(wait);
      }
    }
  }

  const running = loop();
  return {
    async stop() {
      aborter.abort();
      await running;
    },
  };
}
