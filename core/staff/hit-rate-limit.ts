import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";

export interface TRateLimit {
  /** e.g. "login:ip:10.0.0.7" */
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts one hit in a fixed window shared by every instance (one row per key in
 * RateLimitBucket, updated atomically) and throws RATE_LIMITED once the limit is passed.
 */
export async function hitRateLimit(prisma: Pick<Db, "$queryRaw">, rule: TRateLimit, now: Date): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "updatedAt", "createdAt")
    VALUES (${rule.key}, ${windowStart}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" = EXCLUDED."windowStart" THEN "RateLimitBucket"."count" + 1 ELSE 1 END,
      "windowStart" = EXCLUDED."windowStart",
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  if (count > rule.limit) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000);
    throw new AppError("RATE_LIMITED", "Too many attempts; try again later", { details: { retryAfterSeconds } });
  }
}
