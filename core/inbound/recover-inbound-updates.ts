import type { Channel } from "../../prisma/generated/enums.ts";
import type { Db } from "../db/open-database.ts";
import type { SecretBox } from "../security/secret-box.ts";
import { markInboundFailed } from "./mark-inbound-update.ts";

export const MAX_INBOUND_ATTEMPTS = 5;

export interface TRecoverOptions {
  channel: Channel;
  now: Date;
  /** Only updates stored at least this long ago (so live ones in flight are left alone). */
  olderThanMs: number;
  limit?: number;
}

/**
 * The recovery pass: replays updates that were stored but never processed (the process died, or
 * processing failed) through `process`, oldest first. `process` must mark the update processed in
 * its own transaction; a failure is recorded and retried on a later pass until MAX_INBOUND_ATTEMPTS.
 * Returns how many updates were replayed.
 */
export async function recoverInboundUpdates(
  prisma: Db,
  box: SecretBox,
  options: TRecoverOptions,
  process: (id: string, payload: unknown) => Promise<void>,
): Promise<number> {
  const rows = await prisma.inboundUpdate.findMany({
    where: {
      channel: options.channel,
      status: { in: ["received", "failed"] },
      attempts: { lt: MAX_INBOUND_ATTEMPTS },
      createdAt: { lt: new Date(options.now.getTime() - options.olderThanMs) },
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
    select: { id: true, payloadEnc: true },
  });
  for (const row of rows) {
    try {
      await process(row.id, JSON.parse(box.decrypt(row.payloadEnc)) as unknown);
    } catch (error) {
      await markInboundFailed(prisma, row.id, error);
    }
  }
  return rows.length;
}
