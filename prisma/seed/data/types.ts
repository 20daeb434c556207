/**
 * Shapes of the demo and default seed content (units, wards, categories, FAQ, canned replies,
 * demo tickets). Plain data only: the seed functions in `prisma/seed/` turn these into rows,
 * resolving codes to ids. Codes are the stable keys that link one list to another.
 */

/** How a commune-level administrative unit is classified after the July 2025 reform. */
export type SeedWardType = "phuong" | "xa" | "dac_khu";

/** A commune, ward or special zone (xã, phường, đặc khu) served by one police station. */
export interface SeedWard {
  /** ASCII upper-case with dashes, unique across all wards, e.g. `X-LACTHUY`. */
  code: string;
  /** Official name with its type word, e.g. "xã Lạc Thủy". */
  name: string;
  type: SeedWardType;
  /**
   * Names citizens still type: pre-2025 districts, towns, communes and provinces, and
   * abbreviations ("TT. Chi Nê"). Diacritic-free spellings are not listed: matching folds them.
   */
  aliases: string[];
}

export type SeedUnitKind = "province" | "department" | "station";

/** A police unit: the provincial police, one of its departments, or a commune/ward station. */
export interface SeedUnit {
  /** ASCII upper-case with dashes, unique, e.g. `PC06`, `CAX-LACTHUY`. */
  code: string;
  name: string;
  kind: SeedUnitKind;
  /** Code of the parent unit; null only for the provincial root. */
  parentCode: string | null;
  /** Wards this station covers; always empty for provinces and departments. */
  wards: SeedWard[];
}

export type SeedTicketKind = "tip" | "question" | "feedback";

export type SeedDayType = "working" | "calendar";

/** A ticket category with its default unit, deadlines and retention period. */
export interface SeedCategory {
  /** `<kind>.<snake_case>`, e.g. `tip.fraud_online`. */
  code: string;
  kind: SeedTicketKind;
  nameVi: string;
  nameEn: string;
  /** Unit that receives the ticket when no routing rule or ward decides otherwise. */
  defaultUnitCode: string;
  /** Hours until the first answer to the citizen is due. */
  firstResponseHours: number;
  /** Days until the ticket should be resolved, counted as `dayType` days. */
  resolutionDays: number;
  dayType: SeedDayType;
  /** Days a closed ticket is kept before its personal data is deleted. */
  retentionDays: number;
}

/** One answer in the procedures FAQ the bots offer before a question becomes a ticket. */
export interface SeedFaq {
  /** kebab-case ASCII, unique, e.g. `can-cuoc-cap-lan-dau`. */
  slug: string;
  categoryCode: string;
  questionVi: string;
  answerVi: string;
  /** Phrases and abbreviations people type: "cccd", "đkx", "tạm trú"… */
  keywords: string[];
  /** An official portal page (dichvucong.gov.vn, dichvucong.bocongan.gov.vn, VNeID); never news. */
  sourceUrl: string | null;
  legalBasis: string;
  /** ISO date (YYYY-MM-DD) on which the facts were last checked. */
  checkedAt: string;
}

/** A ready-made answer officers can insert and edit. */
export interface SeedCannedReply {
  key: string;
  titleVi: string;
  bodyVi: string;
}

export type SeedChannel = "telegram" | "zalo";

export type SeedTicketStatus =
  | "new"
  | "in_progress"
  | "waiting_citizen"
  | "resolved"
  | "closed"
  | "rejected";

export type SeedMessageDirection = "in" | "out" | "note";

/** One message of a demo conversation, timed relative to the ticket's creation. */
export interface SeedDemoMessage {
  /** `in` from the citizen, `out` an officer's answer, `note` internal to the police. */
  direction: SeedMessageDirection;
  text: string;
  /** Minutes after the ticket was created. */
  afterMinutes: number;
}

/** A realistic demo ticket with its conversation, for the demo mode and the dashboards. */
export interface SeedDemoTicket {
  kind: SeedTicketKind;
  categoryCode: string;
  unitCode: string;
  channel: SeedChannel;
  status: SeedTicketStatus;
  isAnonymous: boolean;
  isUrgent: boolean;
  wardCode: string | null;
  locationText: string | null;
  /** Display name as the channel gives it (invented); hidden in the UI when anonymous. */
  citizenName: string;
  /** Days before "now" (seeding time) the ticket was created. */
  createdDaysAgo: number;
  /** Hours from creation to resolution (resolved, closed or rejected); null while open. */
  resolvedAfterHours: number | null;
  /** Satisfaction 1–5 given after resolution, or null. */
  rating: number | null;
  messages: SeedDemoMessage[];
}
