import type { Channel } from "../../prisma/generated/enums.ts";
import type { Db } from "../db/open-database.ts";

/** How long a processed update's key is kept to recognise a redelivery (Telegram retries for a day). */
export const PROCESSED_UPDATE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Deletes processed updates older than the retention (their payload is already gone). */
export async function purgeProcessedUpdates(prisma: Db, channel: Channel, now: Date): Promise<number> {
  const result = await prisma.inboundUpdate.deleteMany({
    where: { channel, status: "processed", createdAt: { lt: new Date(now.getTime() - PROCESSED_UPDATE_RETENTION_MS) } },
  });
  return result.count;
}
