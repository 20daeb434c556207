import { runTicketChecks } from "../tickets/run-ticket-checks.ts";
import { runSlaSweep, type TSlaSweepDeps, type TSlaSweepReport } from "./run-sla-sweep.ts";

export interface TSlaWorker {
  /** Runs one sweep now (waits for a running one first); used by tests and after start-up. */
  runNow(): Promise<TSlaSweepReport | null>;
  stop(): Promise<void>;
}

/**
 * Runs the SLA sweep, then the checks on new tickets (possible duplicates, floods), every
 * `intervalMs` (default one minute) without overlapping itself. Safe to start on every instance:
 * reminder keys and claimed checks make concurrent sweepers harmless.
 * Wire it in the composition root next to the outbox worker: `startSlaWorker({prisma, clock, box, wakeOutbox, logger})`.
 */
export function startSlaWorker(deps: TSlaSweepDeps, options: { intervalMs?: number } = {}): TSlaWorker {
  const intervalMs = options.intervalMs ?? 60_000;
  let running: Promise<TSlaSweepReport | null> | null = null;
  let isStopped = false;
  const sweep = () => {
    running ??= runSlaSweep(deps)
      .catch((error: unknown) => {
        deps.logger?.error({ err: error }, "sla sweep failed");
        return null;
      })
      // Duplicate and flood checks on new tickets ride on the same tick; their failure is their own.
      .then((report) =>
        runTicketChecks(deps).then(
          () => report,
          (error: unknown) => {
            deps.logger?.error({ err: error }, "ticket checks failed");
            return report;
          },
        ),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void (isStopped ? undefined : sweep()), intervalMs);
  timer.unref?.();
  return {
    async runNow() {
      if (running) await running;
      return sweep();
    },
    async stop() {
      isStopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}
