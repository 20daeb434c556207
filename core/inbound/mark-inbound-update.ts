import type { Db } from "../db/open-database.ts";
import type { SqlRunner } from "../db/sql-runner.ts";

/** Thrown inside a processing transaction when another worker already processed the update. */
export class InboundAlreadyProcessedError extends Error {
  constructor(id: string) {
    super(`inbound update ${id} was already processed`);
    this.name = "InboundAlreadyProcessedError";
  }
}

/**
 * Marks an update processed inside the transaction that applied it, so "processed" and its effects
 * (message, ticket, queued answers) commit together. The raw payload is dropped at that point: it
 * is no longer needed and holds personal data. Throws InboundAlreadyProcessedError (rolling the
 * transaction back) when a concurrent worker got there first.
 */
export async function markInboundProcessed(tx: SqlRunner, id: string, at: Date): Promise<void> {
  const updated = await tx.query(
    `UPDATE "InboundUpdate" SET status = 'processed', "processedAt" = $2, "payloadEnc" = '', "lastError" = NULL, attempts = attempts + 1
      WHERE id = $1 AND status <> 'processed'
     RETURNING 1`,
    [id, at],
  );
  if (updated.length !== 1) throw new InboundAlreadyProcessedError(id);
}

/** Records a failed attempt; the recovery pass retries it until `maxAttempts`. */
export async function markInboundFailed(prisma: Db, id: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await prisma.inboundUpdate.updateMany({
    where: { id, status: { not: "processed" } },
    data: { status: "failed", attempts: { increment: 1 }, lastError: message.slice(0, 1000) },
  });
}
