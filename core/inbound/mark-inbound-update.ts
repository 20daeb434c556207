import type { Prisma } from "../../prisma/generated/client.ts";
import type { Db } from "../db/open-database.ts";

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
export async function markInboundProcessed(tx: Prisma.TransactionClient, id: string, at: Date): Promise<void> {
  const updated = await tx.$executeRaw`
    UPDATE "InboundUpdate" SET status = 'processed', "processedAt" = ${at}, "payloadEnc" = '', "lastError" = NULL,
           attempts = attempts + 1
     WHERE id = ${id} AND status <> 'processed'`;
  if (updated !== 1) throw new InboundAlreadyProcessedError(id);
}

/** Records a failed attempt; the recovery pass retries it until `maxAttempts`. */
export async function markInboundFailed(prisma: Db, id: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await prisma.inboundUpdate.updateMany({
    where: { id, status: { not: "processed" } },
    data: { status: "failed", attempts: { increment: 1 }, lastError: message.slice(0, 1000) },
  });
}
