import type { Logger } from "../config/logger.ts";
import type { Db } from "../db/open-database.ts";
import type { Clock } from "../time/clock.ts";
import { applyRetention } from "./apply-retention.ts";

/**
 * Runs the retention job once shortly after start and then every `intervalMs` (default daily).
 * Safe on several instances (each ticket is claimed by its "retention" event in a transaction).
 */
export function startRetentionWorker(deps: { prisma: Db; clock: Clock; logger?: Pick<Logger, "info" | "error"> }, options: { intervalMs?: number; firstRunAfterMs?: number } = {}) {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= applyRetention(deps)
      .then((report) => {
        if (report.anonymised > 0) deps.logger?.info({ ...report }, "retention applied");
      })
      .catch((error: unknown) => deps.logger?.error({ err: error }, "retention failed"))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void run(), options.firstRunAfterMs ?? 60_000);
  const timer = setInterval(() => void run(), options.intervalMs ?? 24 * 3_600_000);
  first.unref?.();
  timer.unref?.();
  return {
    runNow: () => run(),
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      if (running) await running;
    },
  };
}
