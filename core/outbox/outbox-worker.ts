import { deliverOutboxBatch, type TOutboxDeps } from "./deliver-outbox.ts";

export interface OutboxWorker {
  /** Deliver now instead of at the next tick (called after a message is queued). */
  wake(): void;
  /** Stops polling and waits for the batch in flight. */
  stop(): Promise<void>;
}

/** Polls the outbox every `intervalMs` (and on wake) until stopped; one batch at a time. */
export function startOutboxWorker(deps: TOutboxDeps, options: { intervalMs?: number } = {}): OutboxWorker {
  const intervalMs = options.intervalMs ?? 1000;
  let isStopped = false;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let isWakeRequested = false;

  const run = async () => {
    do {
      isWakeRequested = false;
      try {
        while (!isStopped && (await deliverOutboxBatch(deps)) > 0);
      } catch (error) {
        deps.log.error({ err: error }, "outbox worker batch failed");
      }
    } while (isWakeRequested && !isStopped);
  };
  const tick = () => {
    if (isStopped) return;
    if (inFlight) {
      isWakeRequested = true;
      return;
    }
    if (timer) clearTimeout(timer);
    inFlight = run().finally(() => {
      inFlight = null;
      if (!isStopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();
  return {
    wake: tick,
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
