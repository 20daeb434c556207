import type { Db } from "../db/open-database.ts";
import type { SqlExecutor } from "../db/sql-executor.ts";
import type { SecretBox } from "../security/secret-box.ts";
import type { Clock } from "../time/clock.ts";
import { claimOutbox, type TClaimedOutboxRow } from "./claim-outbox.ts";
import { DeliveryError, type TOutboxSenders, type TOutgoingPayload } from "./outbox-types.ts";

export const MAX_DELIVERY_ATTEMPTS = 8;

export interface TOutboxDeps {
  prisma: Db;
  sql: SqlExecutor;
  box: SecretBox;
  clock: Clock;
  senders: TOutboxSenders;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void; debug(obj: object, msg: string): void };
}

/** Backoff after a transient failure: the server's retry_after when it gave one, else exponential. */
export function retryDelayMs(attempts: number, retryAfterMs: number | undefined): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  return Math.min(2 ** attempts * 1000, 10 * 60_000);
}

/** Claims one batch and delivers it in order; returns how many rows it handled. */
export async function deliverOutboxBatch(deps: TOutboxDeps, limit = 20): Promise<number> {
  const rows = await claimOutbox(deps.sql, { now: deps.clock.now(), limit, lockMs: 60_000 });
  for (const row of rows) await deliverOne(deps, row);
  return rows.length;
}

async function deliverOne(deps: TOutboxDeps, row: TClaimedOutboxRow) {
  const sender = deps.senders[row.channel];
  try {
    if (!sender) throw new DeliveryError("retryable", `channel ${row.channel} is not running`);
    const chatId = deps.box.decrypt(row.chatIdEnc);
    const { channelMessageId } = await sender.send(chatId, row.payload as TOutgoingPayload, { skipParts: row.partsSent });
    const now = deps.clock.now();
    await deps.prisma.$transaction([
      deps.prisma.outboxMessage.update({ where: { id: row.id }, data: { status: "sent", sentAt: now, lockedUntil: null, lastError: null } }),
      ...(row.messageId
        ? [deps.prisma.message.update({ where: { id: row.messageId }, data: { deliveryStatus: "sent", channelMessageId, deliveryError: null } })]
        : []),
    ]);
  } catch (error) {
    await recordFailure(deps, row, error);
  }
}

async function recordFailure(deps: TOutboxDeps, row: TClaimedOutboxRow, error: unknown) {
  const failure = error instanceof DeliveryError ? error : new DeliveryError("retryable", error instanceof Error ? error.message : String(error));
  const isFinal = failure.kind !== "retryable" || row.attempts >= MAX_DELIVERY_ATTEMPTS;
  const now = deps.clock.now();
  const lastError = failure.kind === "quota" ? `QUOTA_EXCEEDED: ${failure.message}` : failure.message;
  const progress = failure.partsSent !== undefined && failure.partsSent > row.partsSent ? { partsSent: failure.partsSent } : {};
  deps.log.warn({ outboxId: row.id, channel: row.channel, attempts: row.attempts, kind: failure.kind, isFinal, ...progress }, "outbox delivery failed");
  await deps.prisma.$transaction([
    deps.prisma.outboxMessage.update({
      where: { id: row.id },
      data: isFinal
        ? { status: "failed", lastError, lockedUntil: null, ...progress }
        : { lastError, lockedUntil: null, ...progress, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts, failure.retryAfterMs)) },
    }),
    ...(row.messageId && isFinal
      ? [deps.prisma.message.update({ where: { id: row.messageId }, data: { deliveryStatus: "failed", deliveryError: lastError } })]
      : []),
  ]);
}

/** Puts a failed message back in the queue (an officer pressed "retry"). */
export async function retryOutboxMessage(prisma: Db, outboxId: string, now: Date): Promise<void> {
  const row = await prisma.outboxMessage.update({
    where: { id: outboxId },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null },
  });
  if (row.messageId) await prisma.message.update({ where: { id: row.messageId }, data: { deliveryStatus: "pending", deliveryError: null } });
}
