import { createReferenceDataCache, createVersionedCache, type TReferenceData } from "../../core/cache/reference-data.ts";
import type { Db } from "../../core/db/open-database.ts";
import type { Clock } from "../../core/time/clock.ts";
import type { Logger } from "../../core/config/logger.ts";
import {
  createUnderstandingService,
  MINIMUM_PLACE_SCORE,
  type FaqIndex,
  type Gazetteer,
  type GazetteerWard,
  type OpenAISettings,
  type UnderstandingService,
} from "../../core/understanding/index.ts";

export interface TFaqAnswer {
  slug: string;
  question: string;
  answer: string;
  sourceUrl: string | null;
}

/** What the dialogs look up on every message, built from the database and refreshed now and then. */
export interface TUnderstanding {
  gazetteer: Gazetteer;
  faqIndex: FaqIndex;
  faqBySlug: Map<string, TFaqAnswer>;
  /** The province's wards, in name order, for the ward picker. */
  wards: { code: string; name: string }[];
  categoryNames: Map<string, { vi: string; en: string }>;
  /** The understanding service: the optional model (with its time limit and fallback) over the same baseline. */
  service: UnderstandingService;
}

/** The ward a message names, when the gazetteer is confident enough to route by it; else null. */
export function confidentWardCode(understanding: Pick<TUnderstanding, "gazetteer">, text: string): string | null {
  const place = understanding.gazetteer.resolvePlace(text);
  return place && place.score >= MINIMUM_PLACE_SCORE ? place.wardCode : null;
}

export interface TUnderstandingResources {
  get(): Promise<TUnderstanding>;
  /** Categories, units, wards, routing rules and the calendar for opening tickets (cached, see core/cache). */
  referenceData(): Promise<TReferenceData>;
}

/**
 * Loads wards, published FAQ entries and categories once, then reuses them for `ttlMs` (default
 * five minutes, or until an admin change in this process invalidates reference data) so an
 * officer's FAQ edit reaches the bots without a restart. Concurrent callers share one load.
 */
export function createUnderstandingResources(
  prisma: Db,
  clock: Clock,
  options: { ttlMs?: number; openai?: OpenAISettings | undefined; logger?: Logger } = {},
): TUnderstandingResources {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  // One service kept across reloads while the wards stay the same, so the model's circuit breaker
  // (paused after repeated failures) is not reset every few minutes; FAQ edits are re-indexed in it.
  let service: { value: UnderstandingService; wardsKey: string } | null = null;
  const serviceFor = (wards: GazetteerWard[], faqEntries: Parameters<UnderstandingService["updateFaqEntries"]>[0]): UnderstandingService => {
    const wardsKey = JSON.stringify(wards);
    if (service?.wardsKey === wardsKey) {
      service.value.updateFaqEntries(faqEntries);
      return service.value;
    }
    const value = createUnderstandingService({ faqEntries, wards, openai: options.openai, clock, ...(options.logger && { logger: options.logger }) });
    service = { value, wardsKey };
    return value;
  };
  const reference = createReferenceDataCache(prisma, clock);
  const load = async (): Promise<TUnderstanding> => {
    const [wards, faq, categories] = await Promise.all([
      prisma.ward.findMany({ include: { stationUnit: { select: { code: true } } }, orderBy: { name: "asc" } }),
      prisma.faqEntry.findMany({ where: { isPublished: true }, include: { category: { select: { code: true } } } }),
      prisma.category.findMany({ select: { code: true, nameVi: true, nameEn: true } }),
    ]);
    const understandingService = serviceFor(
      wards.map((ward) => ({ code: ward.code, name: ward.name, type: ward.type, aliases: ward.aliases, stationUnitCode: ward.stationUnit.code })),
      faq.map((entry) => ({ slug: entry.slug, question: entry.question, answer: entry.answer, keywords: entry.keywords, categoryCode: entry.category?.code ?? null })),
    );
    return {
      gazetteer: understandingService.gazetteer,
      faqIndex: understandingService.faqIndex,
      faqBySlug: new Map(faq.map((entry) => [entry.slug, { slug: entry.slug, question: entry.question, answer: entry.answer, sourceUrl: entry.sourceUrl }])),
      wards: wards.map((ward) => ({ code: ward.code, name: ward.name })),
      categoryNames: new Map(categories.map((category) => [category.code, { vi: category.nameVi, en: category.nameEn }])),
      service: understandingService,
    };
  };
  const understanding = createVersionedCache(load, clock, ttlMs);
  return {
    get: () => understanding.get(),
    referenceData: () => reference.get(),
  };
}
