import type { SqlRunner } from "../db/sql-runner.ts";

/** Counts a citizen's verdict on an instant FAQ answer, for editors to see which answers work. */
export async function recordFaqFeedback(tx: SqlRunner, slug: string, isHelpful: boolean, at: Date): Promise<void> {
  const counter = isHelpful ? `"helpfulCount"` : `"notHelpfulCount"`;
  await tx.query(`UPDATE "FaqEntry" SET ${counter} = ${counter} + 1, "updatedAt" = $2 WHERE slug = $1`, [slug, at]);
}
