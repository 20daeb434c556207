import type { Db } from "../../core/db/open-database.ts";
import type { Clock } from "../../core/time/clock.ts";
import { createFaqIndex, createGazetteer, MINIMUM_PLACE_SCORE, type FaqIndex, type Gazetteer } from "../../core/understanding/index.ts";

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
}

/** The ward a message names, when the gazetteer is confident enough to route by it; else null. */
export function confidentWardCode(understanding: Pick<TUnderstanding, "gazetteer">, text: string): string | null {
  const place = understanding.gazetteer.resolvePlace(text);
  return place && place.score >= MINIMUM_PLACE_SCORE ? place.wardCode : null;
}

export interface TUnderstandingResources {
  get(): Promise<TUnderstanding>;
}

/**
 * Loads wards, published FAQ entries and categories once, then reuses them for `ttlMs` (default
 * five minutes) so an officer's FAQ edit reaches the bots without a restart. Concurrent callers
 * share one load.
 */
export function createUnderstandingResources(prisma: Db, clock: Clock, options: { ttlMs?: number } = {}): TUnderstandingResources {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  let cached: { value: TUnderstanding; loadedAt: number } | null = null;
  let loading: Promise<TUnderstanding> | null = null;
  const load = async (): Promise<TUnderstanding> => {
    const [wards, faq, categories] = await Promise.all([
      prisma.ward.findMany({ include: { stationUnit: { select: { code: true } } }, orderBy: { name: "asc" } }),
      prisma.faqEntry.findMany({ where: { isPublished: true }, include: { category: { select: { code: true } } } }),
      prisma.category.findMany({ select: { code: true, nameVi: true, nameEn: true } }),
    ]);
    return {
      gazetteer: createGazetteer(wards.map((ward) => ({ code: ward.code, name: ward.name, type: ward.type, aliases: ward.aliases, stationUnitCode: ward.stationUnit.code }))),
      faqIndex: createFaqIndex(faq.map((entry) => ({ slug: entry.slug, question: entry.question, answer: entry.answer, keywords: entry.keywords, categoryCode: entry.category?.code ?? null }))),
      faqBySlug: new Map(faq.map((entry) => [entry.slug, { slug: entry.slug, question: entry.question, answer: entry.answer, sourceUrl: entry.sourceUrl }])),
      wards: wards.map((ward) => ({ code: ward.code, name: ward.name })),
      categoryNames: new Map(categories.map((category) => [category.code, { vi: category.nameVi, en: category.nameEn }])),
    };
  };
  return {
    async get() {
      const now = clock.now().getTime();
      if (cached && now - cached.loadedAt < ttlMs) return cached.value;
      loading ??= load()
        .then((value) => {
          cached = { value, loadedAt: clock.now().getTime() };
          return value;
        })
        .finally(() => {
          loading = null;
        });
      return loading;
    },
  };
}
