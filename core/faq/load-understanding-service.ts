import type { Logger } from "../config/logger.ts";
import type { Db } from "../db/open-database.ts";
import type { Clock } from "../time/clock.ts";
import { createUnderstandingService, type FaqEntryInput, type OpenAISettings, type UnderstandingService } from "../understanding/index.ts";

/**
 * Builds the understanding service (baseline classifier, FAQ search, gazetteer and — when
 * configured — the OpenAI-compatible model) from the published FAQ entries and the wards in the
 * database. Used by the admin API's /classify and /faq/search.
 */
export async function loadUnderstandingService(prisma: Db, options: { openai?: OpenAISettings; logger?: Logger; clock?: Clock }): Promise<UnderstandingService> {
  const [faqEntries, wards] = await Promise.all([
    loadPublishedFaqEntries(prisma),
    prisma.ward.findMany({ include: { stationUnit: { select: { code: true } } } }),
  ]);
  return createUnderstandingService({
    faqEntries,
    wards: wards.map((ward) => ({ code: ward.code, name: ward.name, type: ward.type, aliases: ward.aliases, stationUnitCode: ward.stationUnit.code })),
    openai: options.openai,
    logger: options.logger,
    clock: options.clock,
  });
}

/** The published FAQ entries as the search index takes them; also for `service.updateFaqEntries` after an edit. */
export async function loadPublishedFaqEntries(prisma: Pick<Db, "faqEntry">): Promise<FaqEntryInput[]> {
  const faq = await prisma.faqEntry.findMany({ where: { isPublished: true }, include: { category: { select: { code: true } } } });
  return faq.map((entry) => ({ slug: entry.slug, question: entry.question, answer: entry.answer, keywords: entry.keywords, categoryCode: entry.category?.code ?? null }));
}
