import type { Prisma } from "../../prisma/generated/client.ts";

/** Counts a citizen's verdict on an instant FAQ answer, for editors to see which answers work. */
export async function recordFaqFeedback(tx: Prisma.TransactionClient, slug: string, isHelpful: boolean): Promise<void> {
  await tx.faqEntry.updateMany({
    where: { slug },
    data: isHelpful ? { helpfulCount: { increment: 1 } } : { notHelpfulCount: { increment: 1 } },
  });
}
