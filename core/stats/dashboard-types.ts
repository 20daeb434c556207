import type { TGranularity, TPeriod } from "./stats-period.ts";

/** Counts over the tickets received in a period (their state now), the way police reports count. */
export interface TKpis {
  /** Tiếp nhận: tickets received in the period (spam and merged duplicates left out). */
  received: number;
  /** Đã giải quyết: of those, resolved (now or later closed). */
  resolved: number;
  /** Trước hạn: resolved at least a day before the deadline. */
  early: number;
  /** Đúng hạn: resolved on the deadline's last day (or without a deadline). */
  onTime: number;
  /** Trễ hạn: resolved after the deadline. */
  late: number;
  /** Đang giải quyết: still open (new, in progress, waiting for the citizen). */
  pending: number;
  /** Of the pending ones, already past the deadline now. */
  pendingOverdue: number;
  /** Rejected (out of scope, not a police matter). */
  rejected: number;
  anonymous: number;
  byChannel: { telegram: number; zalo: number };
  firstResponded: number;
  firstResponseOnTime: number;
  medianFirstResponseHours: number | null;
  medianResolutionHours: number | null;
  ratingCount: number;
  ratingAverage: number | null;
  /** Ratings 1…5, index 0 = one star. */
  ratingDistribution: [number, number, number, number, number];
  /** (early + on time) / resolved, null when nothing was resolved. */
  onTimeRate: number | null;
  anonymousShare: number | null;
}

/** One row of a breakdown (unit, category, ward, channel). */
export interface TBreakdownRow {
  key: string;
  code: string;
  name: string;
  nameEn: string;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
  pendingOverdue: number;
  onTimeRate: number | null;
  ratingAverage: number | null;
  ratingCount: number;
  /** Position in the ranking (units only): 1 = best on-time rate. */
  rank?: number;
}

export interface TTrendBucket {
  /** Local date the bucket starts (YYYY-MM-DD). */
  start: string;
  received: number;
  resolved: number;
  late: number;
}

export interface THeatTable {
  wards: { key: string; code: string; name: string }[];
  categories: { key: string; code: string; name: string; nameEn: string }[];
  /** counts[wardIndex][categoryIndex] */
  counts: number[][];
  max: number;
}

export interface TDashboard {
  period: TPeriod;
  generatedAt: Date;
  /** The drill-down unit, when one was chosen. */
  unit: { code: string; name: string } | null;
  current: TKpis;
  previous: TKpis;
  /** Right now, whatever the period: open tickets and those past their deadline. */
  openNow: number;
  overdueNow: number;
  byUnit: TBreakdownRow[];
  byCategory: TBreakdownRow[];
  byWard: TBreakdownRow[];
  byChannel: TBreakdownRow[];
  trend: { granularity: TGranularity; buckets: TTrendBucket[] };
  heat: THeatTable;
  topTerms: { term: string; count: number }[];
}
