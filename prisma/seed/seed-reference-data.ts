import type { Prisma, PrismaClient } from "../generated/client.ts";
import { defaultCannedReplies } from "./data/canned-replies.ts";
import { defaultCategories } from "./data/categories.ts";
import { demoFaq } from "./data/faq.ts";
import type { SeedUnit } from "./data/types.ts";

export type TProgress = (step: string, done: number, total: number) => void;

/**
 * Upserts the province's units and wards, the categories, FAQ entries, canned replies and default
 * settings. Keyed by code/slug/key, so running it again changes nothing; an admin's later edits
 * to names or deadlines are kept (only missing rows are created, existing ones left alone).
 */
export async function seedReferenceData(prisma: PrismaClient, units: SeedUnit[], progress: TProgress): Promise<void> {
  const unitIds = new Map<string, string>();
  for (const [index, unit] of orderParentsFirst(units).entries()) {
    const parentId = unit.parentCode ? unitIds.get(unit.parentCode) ?? null : null;
    const row = await prisma.unit.upsert({
      where: { code: unit.code },
      create: { code: unit.code, name: unit.name, kind: unit.kind, parentId },
      update: {},
    });
    unitIds.set(unit.code, row.id);
    for (const ward of unit.wards) {
      await prisma.ward.upsert({
        where: { code: ward.code },
        create: { code: ward.code, name: ward.name, type: ward.type, aliases: ward.aliases, stationUnitId: row.id },
        update: {},
      });
    }
    progress("units", index + 1, units.length);
  }
  const categoryIds = new Map<string, string>();
  for (const [index, category] of defaultCategories.entries()) {
    const { defaultUnitCode, ...fields } = category;
    const row = await prisma.category.upsert({
      where: { code: category.code },
      create: { ...fields, defaultUnitId: unitIds.get(defaultUnitCode) ?? null },
      update: {},
    });
    categoryIds.set(category.code, row.id);
    progress("categories", index + 1, defaultCategories.length);
  }
  for (const [index, faq] of demoFaq.entries()) {
    await prisma.faqEntry.upsert({
      where: { slug: faq.slug },
      create: {
        slug: faq.slug,
        categoryId: categoryIds.get(faq.categoryCode) ?? null,
        question: faq.questionVi,
        answer: faq.answerVi,
        keywords: faq.keywords,
        sourceUrl: faq.sourceUrl,
        legalBasis: faq.legalBasis,
        checkedAt: new Date(faq.checkedAt),
      },
      update: {},
    });
    progress("faq", index + 1, demoFaq.length);
  }
  for (const reply of defaultCannedReplies) {
    await prisma.cannedReply.upsert({ where: { key: reply.key }, create: { key: reply.key, title: reply.titleVi, body: reply.bodyVi }, update: {} });
  }
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    await prisma.setting.upsert({ where: { key }, create: { key, value }, update: {} });
  }
}

const DEFAULT_SETTINGS: Record<string, Prisma.InputJsonValue> = {
  "routing.fallbackUnitCode": "TRUCBAN",
  "routing.inspectionUnitCode": "TTRA",
  "calendar.workingWeekdays": [1, 2, 3, 4, 5],
};

function orderParentsFirst(units: SeedUnit[]): SeedUnit[] {
  const ordered: SeedUnit[] = [];
  const placed = new Set<string>();
  let pending = [...units];
  while (pending.length > 0) {
    const ready = pending.filter((unit) => unit.parentCode === null || placed.has(unit.parentCode));
    if (ready.length === 0) throw new Error(`units with unknown parents: ${pending.map((unit) => unit.code).join(", ")}`);
    for (const unit of ready) {
      ordered.push(unit);
      placed.add(unit.code);
    }
    pending = pending.filter((unit) => !placed.has(unit.code));
  }
  return ordered;
}
