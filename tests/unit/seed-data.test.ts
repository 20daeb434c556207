import { describe, expect, it } from "vitest";
import { defaultCannedReplies } from "../../prisma/seed/data/canned-replies.ts";
import { defaultCategories } from "../../prisma/seed/data/categories.ts";
import { demoTickets } from "../../prisma/seed/data/demo-tickets.ts";
import { demoFaq } from "../../prisma/seed/data/faq.ts";
import type { SeedTicketStatus } from "../../prisma/seed/data/types.ts";
import { demoProvinceUnits } from "../../prisma/seed/data/units.ts";

/** Letters that only exist with Vietnamese diacritics (lower and upper case). */
const VIETNAMESE_DIACRITIC =
  /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const CODE_PATTERN = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const REQUIRED_CATEGORY_CODES = [
  "tip.drugs",
  "tip.theft_robbery",
  "tip.fraud_online",
  "tip.gambling",
  "tip.public_order",
  "tip.traffic",
  "tip.fire_hazard",
  "tip.other",
  "question.identity",
  "question.residence",
  "question.passport",
  "question.vehicle",
  "question.permits",
  "question.fire_safety",
  "question.other",
  "feedback.officer_conduct",
  "feedback.service",
  "feedback.complaint",
  "feedback.praise",
  "feedback.suggestion",
];

const ALL_STATUSES: SeedTicketStatus[] = [
  "new",
  "in_progress",
  "waiting_citizen",
  "resolved",
  "closed",
  "rejected",
];
const FINISHED_STATUSES = new Set<SeedTicketStatus>(["resolved", "closed", "rejected"]);

const duplicatesOf = (values: string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

const unitByCode = new Map(demoProvinceUnits.map((unit) => [unit.code, unit]));
const stations = demoProvinceUnits.filter((unit) => unit.kind === "station");
const wards = stations.flatMap((station) => station.wards);
const stationCodeByWardCode = new Map(
  stations.flatMap((station) => station.wards.map((ward) => [ward.code, station.code] as const)),
);
const categoryByCode = new Map(defaultCategories.map((category) => [category.code, category]));

describe("demo province units", () => {
  it("has unique, well-formed unit and ward codes", () => {
    expect(duplicatesOf(demoProvinceUnits.map((unit) => unit.code))).toEqual([]);
    expect(duplicatesOf(wards.map((ward) => ward.code))).toEqual([]);
    for (const code of [...unitByCode.keys(), ...stationCodeByWardCode.keys()]) {
      expect(code).toMatch(CODE_PATTERN);
    }
  });

  it("forms one tree under the provincial root CAT", () => {
    const roots = demoProvinceUnits.filter((unit) => unit.parentCode === null);
    expect(roots.map((unit) => unit.code)).toEqual(["CAT"]);
    expect(roots[0]?.kind).toBe("province");
    for (const unit of demoProvinceUnits) {
      if (unit.parentCode !== null) expect(unitByCode.has(unit.parentCode), unit.code).toBe(true);
    }
  });

  it("has the departments routing relies on", () => {
    for (const code of ["PC02", "PC03", "PC04", "PC06", "PC07", "PC08", "PA05", "PA08", "TTRA", "TRUCBAN"]) {
      expect(unitByCode.get(code)?.kind, code).toBe("department");
    }
  });

  it("has at least 10 stations, each covering 1–3 wards; only stations have wards", () => {
    expect(stations.length).toBeGreaterThanOrEqual(10);
    for (const unit of demoProvinceUnits) {
      if (unit.kind === "station") {
        expect(unit.wards.length, unit.code).toBeGreaterThanOrEqual(1);
        expect(unit.wards.length, unit.code).toBeLessThanOrEqual(3);
      } else {
        expect(unit.wards, unit.code).toEqual([]);
      }
    }
  });

  it("gives every ward Vietnamese names and pre-2025 aliases", () => {
    for (const ward of wards) {
      expect(ward.name, ward.code).toMatch(/^(phường|xã|đặc khu) /);
      expect(ward.aliases.length, ward.code).toBeGreaterThan(0);
      expect(duplicatesOf(ward.aliases), ward.code).toEqual([]);
    }
  });
});

describe("default categories", () => {
  it("has unique codes including every required one, prefixed by their kind", () => {
    expect(duplicatesOf(defaultCategories.map((category) => category.code))).toEqual([]);
    for (const code of REQUIRED_CATEGORY_CODES) expect(categoryByCode.has(code), code).toBe(true);
    for (const category of defaultCategories) {
      expect(category.code.startsWith(`${category.kind}.`), category.code).toBe(true);
    }
  });

  it("routes every category to an existing unit, with positive deadlines", () => {
    for (const category of defaultCategories) {
      expect(unitByCode.has(category.defaultUnitCode), category.code).toBe(true);
      expect(category.firstResponseHours, category.code).toBeGreaterThan(0);
      expect(category.resolutionDays, category.code).toBeGreaterThan(0);
      expect(category.retentionDays, category.code).toBeGreaterThanOrEqual(365);
      expect(category.nameVi, category.code).toMatch(VIETNAMESE_DIACRITIC);
    }
  });

  it("sends officer-conduct reports and complaints to the inspectorate, not a station", () => {
    expect(categoryByCode.get("feedback.officer_conduct")?.defaultUnitCode).toBe("TTRA");
    expect(categoryByCode.get("feedback.complaint")?.defaultUnitCode).toBe("TTRA");
  });
});

describe("FAQ", () => {
  it("has at least 30 entries with unique kebab-case slugs", () => {
    expect(demoFaq.length).toBeGreaterThanOrEqual(30);
    expect(duplicatesOf(demoFaq.map((entry) => entry.slug))).toEqual([]);
    for (const entry of demoFaq) expect(entry.slug).toMatch(SLUG_PATTERN);
  });

  it("links every entry to an existing category", () => {
    for (const entry of demoFaq) expect(categoryByCode.has(entry.categoryCode), entry.slug).toBe(true);
  });

  it("answers in Vietnamese with diacritics, 60–180 words", () => {
    for (const entry of demoFaq) {
      expect(entry.questionVi, entry.slug).toMatch(VIETNAMESE_DIACRITIC);
      expect(entry.answerVi, entry.slug).toMatch(VIETNAMESE_DIACRITIC);
      const words = entry.answerVi.trim().split(/\s+/).length;
      expect(words, entry.slug).toBeGreaterThanOrEqual(60);
      expect(words, entry.slug).toBeLessThanOrEqual(180);
    }
  });

  it("carries keywords, a legal basis, a check date and only official source links", () => {
    for (const entry of demoFaq) {
      expect(entry.keywords.length, entry.slug).toBeGreaterThanOrEqual(3);
      expect(entry.legalBasis.length, entry.slug).toBeGreaterThan(10);
      expect(entry.checkedAt, entry.slug).toMatch(/^2026-11-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.checkedAt)), entry.slug).toBe(false);
      if (entry.sourceUrl !== null) {
        const host = new URL(entry.sourceUrl).hostname;
        expect(host, entry.slug).toMatch(/(^|\.)(dichvucong\.gov\.vn|dichvucong\.bocongan\.gov\.vn|vneid\.gov\.vn)$/);
      }
    }
  });
});

describe("canned replies", () => {
  it("has at least 8 replies with unique keys and Vietnamese text", () => {
    expect(defaultCannedReplies.length).toBeGreaterThanOrEqual(8);
    expect(duplicatesOf(defaultCannedReplies.map((cannedReply) => cannedReply.key))).toEqual([]);
    for (const cannedReply of defaultCannedReplies) {
      expect(cannedReply.titleVi, cannedReply.key).toMatch(VIETNAMESE_DIACRITIC);
      expect(cannedReply.bodyVi, cannedReply.key).toMatch(VIETNAMESE_DIACRITIC);
    }
  });
});

describe("demo tickets", () => {
  it("has at least 40 tickets covering every category, status and both channels", () => {
    expect(demoTickets.length).toBeGreaterThanOrEqual(40);
    const statuses = new Set(demoTickets.map((ticket) => ticket.status));
    for (const status of ALL_STATUSES) expect(statuses.has(status), status).toBe(true);
    const channels = new Set(demoTickets.map((ticket) => ticket.channel));
    expect(channels).toEqual(new Set(["telegram", "zalo"]));
    const categories = new Set(demoTickets.map((ticket) => ticket.categoryCode));
    for (const code of REQUIRED_CATEGORY_CODES) expect(categories.has(code), code).toBe(true);
    expect(demoTickets.some((ticket) => ticket.isAnonymous)).toBe(true);
    expect(demoTickets.some((ticket) => ticket.isUrgent)).toBe(true);
    expect(new Set(demoTickets.map((ticket) => ticket.unitCode)).size).toBeGreaterThanOrEqual(10);
  });

  it("references only existing categories, units and wards, consistently", () => {
    demoTickets.forEach((ticket, index) => {
      const label = `ticket #${index} (${ticket.categoryCode})`;
      const category = categoryByCode.get(ticket.categoryCode);
      expect(category, label).toBeDefined();
      expect(ticket.kind, label).toBe(category?.kind);
      const unit = unitByCode.get(ticket.unitCode);
      expect(unit, label).toBeDefined();
      if (ticket.wardCode !== null) {
        expect(stationCodeByWardCode.has(ticket.wardCode), label).toBe(true);
        // A ticket held by a station concerns that station's own area.
        if (unit?.kind === "station") {
          expect(stationCodeByWardCode.get(ticket.wardCode), label).toBe(unit.code);
        }
      }
    });
  });

  it("never gives an officer-conduct ticket to a station", () => {
    for (const ticket of demoTickets.filter((t) => t.categoryCode === "feedback.officer_conduct")) {
      expect(unitByCode.get(ticket.unitCode)?.kind).not.toBe("station");
    }
  });

  it("has timing and ratings that agree with the status", () => {
    demoTickets.forEach((ticket, index) => {
      const label = `ticket #${index} (${ticket.categoryCode}, ${ticket.status})`;
      expect(Number.isInteger(ticket.createdDaysAgo), label).toBe(true);
      expect(ticket.createdDaysAgo, label).toBeGreaterThanOrEqual(1);
      expect(ticket.createdDaysAgo, label).toBeLessThanOrEqual(60);
      if (FINISHED_STATUSES.has(ticket.status)) {
        expect(ticket.resolvedAfterHours, label).not.toBeNull();
        expect(ticket.resolvedAfterHours ?? 0, label).toBeGreaterThan(0);
        expect((ticket.resolvedAfterHours ?? 0) / 24, label).toBeLessThanOrEqual(ticket.createdDaysAgo);
      } else {
        expect(ticket.resolvedAfterHours, label).toBeNull();
      }
      if (ticket.rating !== null) {
        expect(["resolved", "closed"], label).toContain(ticket.status);
        expect(Number.isInteger(ticket.rating) && ticket.rating >= 1 && ticket.rating <= 5, label).toBe(true);
      }
    });
    expect(demoTickets.some((ticket) => ticket.rating !== null)).toBe(true);
  });

  it("has resolution times both within and beyond the category deadline", () => {
    const finished = demoTickets.filter(
      (ticket) => ticket.status === "resolved" || ticket.status === "closed",
    );
    // Rough calendar-hour bound: working days count as 7/5 calendar days.
    const deadlineHours = (code: string): number => {
      const category = categoryByCode.get(code);
      if (category === undefined) return 0;
      const factor = category.dayType === "working" ? 7 / 5 : 1;
      return category.resolutionDays * factor * 24;
    };
    const late = finished.filter((t) => (t.resolvedAfterHours ?? 0) > deadlineHours(t.categoryCode));
    const onTime = finished.filter((t) => (t.resolvedAfterHours ?? 0) <= deadlineHours(t.categoryCode));
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(onTime.length).toBeGreaterThanOrEqual(10);
  });

  it("has 2–6 ordered messages starting with the citizen, within the ticket's life", () => {
    demoTickets.forEach((ticket, index) => {
      const label = `ticket #${index} (${ticket.categoryCode}, ${ticket.status})`;
      const { messages } = ticket;
      expect(messages.length, label).toBeGreaterThanOrEqual(2);
      expect(messages.length, label).toBeLessThanOrEqual(6);
      expect(messages[0]?.direction, label).toBe("in");
      expect(messages[0]?.afterMinutes, label).toBe(0);
      for (let i = 1; i < messages.length; i++) {
        expect(messages[i]!.afterMinutes, label).toBeGreaterThanOrEqual(messages[i - 1]!.afterMinutes);
      }
      const lastMinute = messages[messages.length - 1]!.afterMinutes;
      expect(lastMinute, label).toBeLessThanOrEqual(ticket.createdDaysAgo * 24 * 60);
      for (const message of messages) expect(message.text.trim().length, label).toBeGreaterThan(0);
    });
  });

  it("answers the citizen unless the ticket is new; police messages end at resolution", () => {
    demoTickets.forEach((ticket, index) => {
      const label = `ticket #${index} (${ticket.categoryCode}, ${ticket.status})`;
      const answers = ticket.messages.filter((message) => message.direction === "out");
      if (ticket.status === "new") expect(answers, label).toEqual([]);
      else if (ticket.status !== "rejected") expect(answers.length, label).toBeGreaterThan(0);
      if (ticket.status === "waiting_citizen") {
        expect(ticket.messages[ticket.messages.length - 1]?.direction, label).toBe("out");
      }
      if (ticket.resolvedAfterHours !== null) {
        const resolvedAtMinute = ticket.resolvedAfterHours * 60;
        for (const message of ticket.messages.filter((m) => m.direction !== "in")) {
          expect(message.afterMinutes, label).toBeLessThanOrEqual(resolvedAtMinute);
        }
      }
    });
  });

  it("has officers' answers in Vietnamese with diacritics", () => {
    for (const ticket of demoTickets) {
      for (const message of ticket.messages.filter((m) => m.direction === "out")) {
        expect(message.text).toMatch(VIETNAMESE_DIACRITIC);
      }
    }
  });
});
