/**
 * The demo province's wards and FAQ from prisma/seed/data, converted to the plain inputs the
 * understanding module takes. Only the evaluation and tests import this; the app feeds the
 * same shapes from the database.
 */
import { demoFaq } from "../../../prisma/seed/data/faq.ts";
import { demoProvinceUnits } from "../../../prisma/seed/data/units.ts";
import type { GazetteerWard } from "../place-gazetteer.ts";
import type { FaqEntryInput } from "../search-faq.ts";

/** Every ward of the demo province with the code of the station that covers it. */
export function demoWards(): GazetteerWard[] {
  return demoProvinceUnits.flatMap((unit) =>
    unit.wards.map((ward) => ({
      code: ward.code,
      name: ward.name,
      type: ward.type,
      aliases: ward.aliases,
      stationUnitCode: unit.code,
    })),
  );
}

/** The demo FAQ entries as search input. */
export function demoFaqEntries(): FaqEntryInput[] {
  return demoFaq.map((entry) => ({
    slug: entry.slug,
    question: entry.questionVi,
    answer: entry.answerVi,
    keywords: entry.keywords,
    categoryCode: entry.categoryCode,
  }));
}
