import { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { unitAndDescendants, type TUnitScope } from "../access/unit-scope.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import type { Clock } from "../time/clock.ts";
import type { TBreakdownRow, TDashboard, THeatTable, TKpis, TTrendBucket } from "./dashboard-types.ts";
import { histogramMedianHours, histogramSumSql } from "./duration-histogram.ts";
import { refreshStatRollup } from "./refresh-stat-rollup.ts";
import { rollupSourceSql } from "./rollup-source.ts";
import { countedTicketsSql, rollupScopeSql } from "./stats-scope.ts";
import { bucketKeys, localDateKey, resolvePeriod, type TPeriod, type TPeriodInput } from "./stats-period.ts";
import { topTerms } from "./top-terms.ts";

export interface TStatsDeps {
  prisma: Db;
  clock: Clock;
}

export interface TDashboardInput extends TPeriodInput {
  /** Drill down into one unit and the units below it (must be in the actor's scope). */
  unitCode?: string;
  /** Only these kinds of ticket (the public page leaves crime tips out). */
  kinds?: readonly ("tip" | "question" | "feedback")[];
}

const OPEN = Prisma.sql`('new', 'in_progress', 'waiting_citizen')`;
const TOP_TERMS_SAMPLE = 1000;
const HEAT_WARDS = 20;
const HEAT_CATEGORIES = 8;

interface TCounterRow {
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
  pendingOverdue: number;
  ratingCount: number;
  ratingAverage: number | null;
}

interface TKpiRow extends TCounterRow {
  isCurrent: boolean;
  rejected: number;
  anonymous: number;
  telegram: number;
  zalo: number;
  firstResponded: number;
  firstResponseOnTime: number;
  /** Pending with a running deadline (not paused), overdue or not. */
  pendingRunning: number;
  firstResponseHistogram: number[];
  resolutionHistogram: number[];
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function kpisOf(row: TKpiRow | undefined): TKpis {
  const r = row ?? ({ received: 0, resolved: 0, early: 0, onTime: 0, late: 0, pending: 0, pendingOverdue: 0, ratingCount: 0, ratingAverage: null, rejected: 0, anonymous: 0, telegram: 0, zalo: 0, firstResponded: 0, firstResponseOnTime: 0, pendingRunning: 0, firstResponseHistogram: [], resolutionHistogram: [], r1: 0, r2: 0, r3: 0, r4: 0, r5: 0 } as unknown as TKpiRow);
  return {
    received: r.received,
    resolved: r.resolved,
    early: r.early,
    onTime: r.onTime,
    late: r.late,
    pending: r.pending,
    pendingOverdue: r.pendingOverdue,
    rejected: r.rejected,
    anonymous: r.anonymous,
    byChannel: { telegram: r.telegram, zalo: r.zalo },
    firstResponded: r.firstResponded,
    firstResponseOnTime: r.firstResponseOnTime,
    medianFirstResponseHours: histogramMedianHours(r.firstResponseHistogram),
    medianResolutionHours: histogramMedianHours(r.resolutionHistogram),
    ratingCount: r.ratingCount,
    ratingAverage: r.ratingAverage === null ? null : Number(r.ratingAverage),
    ratingDistribution: [r.r1, r.r2, r.r3, r.r4, r.r5],
    onTimeRate: ratio(r.early + r.onTime, r.resolved),
    anonymousShare: ratio(r.anonymous, r.received),
  };
}

function rowOf(key: string, code: string, name: string, nameEn: string, counts: TCounterRow): TBreakdownRow {
  return {
    key, code, name, nameEn,
    received: counts.received, resolved: counts.resolved, early: counts.early, onTime: counts.onTime, late: counts.late,
    pending: counts.pending, pendingOverdue: counts.pendingOverdue,
    onTimeRate: ratio(counts.early + counts.onTime, counts.resolved),
    ratingAverage: counts.ratingAverage === null ? null : Number(counts.ratingAverage),
    ratingCount: counts.ratingCount,
  };
}

/**
 * Units ranked like the public rankings provinces publish: best share resolved on time first,
 * then fewer late, then more received (pure).
 */
export function rankUnits(rows: TBreakdownRow[]): TBreakdownRow[] {
  const sorted = [...rows].sort(
    (a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.late - b.late || a.pendingOverdue - b.pendingOverdue || b.received - a.received || (a.code < b.code ? -1 : 1),
  );
  return sorted.map((row, index) => ({ ...row, rank: index + 1 }));
}

/** Resolves the drill-down unit to the unit ids it covers, inside the actor's scope. */
async function drillDownUnits(prisma: Db, scope: TUnitScope, unitCode: string | undefined) {
  if (!unitCode) return { unitIds: null, unit: null };
  const units = await prisma.unit.findMany({ select: { id: true, parentId: true, code: true, name: true } });
  const unit = units.find((candidate) => candidate.code === unitCode);
  if (!unit || (scope !== "all" && !scope.has(unit.id))) throw new AppError("NOT_FOUND", "No such unit");
  const ids = [...unitAndDescendants(units, unit.id)].filter((id) => scope === "all" || scope.has(id));
  return { unitIds: ids, unit: { code: unit.code, name: unit.name } };
}

/**
 * Everything the leaders' dashboard shows for a period, scoped by role exactly like the ticket
 * queue: KPIs against the previous period, breakdowns by unit (ranked), category, ward and channel,
 * the trend, the ward × category heat table and the most frequent phrases.
 *
 * Counting rule (the one police reports use): the tickets *received* in the period, with their
 * state now — resolved early / on time / late against dueAt, or still pending. The figures come
 * from the daily rollup (StatDay, StatDayCell; brought up to date first, so they equal a live
 * count), which reads a year from twelve monthly rows per group instead of every ticket. What
 * depends on the clock stays live on the open-ticket index: open and overdue now, and the pending
 * tickets whose deadline is still ahead (taken from the rollup's pending-with-a-running-deadline to
 * give "pending overdue"). Medians come from the rollup's duration histograms (precision:
 * core/stats/duration-histogram.ts).
 */
export async function loadDashboard(actor: TActor, input: TDashboardInput, deps: TStatsDeps): Promise<TDashboard> {
  const now = deps.clock.now();
  const period = resolvePeriod(input, now);
  const scope = await loadUnitScope(deps.prisma, actor);
  const { unitIds, unit } = await drillDownUnits(deps.prisma, scope, input.unitCode);
  await refreshStatRollup(deps.prisma);
  const kinds = input.kinds ? [...input.kinds] : null;
  const kindFilter = (alias: "t" | "r") =>
    kinds ? (kinds.length > 0 ? Prisma.sql`${Prisma.raw(alias)}.kind::text IN (${Prisma.join(kinds)})` : Prisma.sql`FALSE`) : Prisma.sql`TRUE`;
  const base = Prisma.sql`${countedTicketsSql(actor, scope, unitIds)} AND ${kindFilter("t")}`;
  const rollup = Prisma.sql`${rollupScopeSql(actor, scope, unitIds)} AND ${kindFilter("r")}`;
  const [kpiRows, nowRows, cells, notYetDue, trend, termSample, names] = await Promise.all([
    queryKpis(deps.prisma, rollup, period),
    deps.prisma.$queryRaw<{ open: number; overdue: number }[]>`
      SELECT count(*)::int AS open, count(*) FILTER (WHERE t."dueAt" < COALESCE(t."pausedAt", ${now}))::int AS overdue
      FROM "Ticket" t WHERE ${base} AND t.status IN ${OPEN}`,
    queryCells(deps.prisma, rollup, period),
    queryNotYetDue(deps.prisma, base, period, now),
    queryTrend(deps.prisma, rollup, period),
    deps.prisma.$queryRaw<{ summary: string }[]>`
      SELECT t.summary FROM "Ticket" t WHERE ${base} AND t."createdAt" >= ${period.from} AND t."createdAt" < ${period.to}
      ORDER BY t."createdAt" DESC LIMIT ${TOP_TERMS_SAMPLE}`,
    loadNames(deps.prisma),
  ]);
  const breakdowns = shapeBreakdowns(withOverdueNow(cells, notYetDue.filter((row) => row.isCurrent)), names);
  const kpis = (isCurrent: boolean) => {
    const row = kpiRows.find((candidate) => candidate.isCurrent === isCurrent);
    const ahead = notYetDue.filter((candidate) => candidate.isCurrent === isCurrent).reduce((sum, candidate) => sum + candidate.count, 0);
    return kpisOf(row ? { ...row, pendingOverdue: row.pendingOverdue + Math.max(0, row.pendingRunning - ahead) } : undefined);
  };
  return {
    period,
    generatedAt: now,
    unit,
    current: kpis(true),
    previous: kpis(false),
    openNow: nowRows[0]?.open ?? 0,
    overdueNow: nowRows[0]?.overdue ?? 0,
    ...breakdowns,
    trend: { granularity: period.granularity, buckets: trend },
    topTerms: topTerms(termSample.map((row) => row.summary)),
  };
}

/** The rollup's day range of [from, to) (both local midnights): first day included, last excluded. */
function dayRange(from: Date, to: Date) {
  return { first: localDateKey(from), end: localDateKey(to) };
}

/** The KPIs of the period and of the previous one, from the rollup, the two in parallel. */
async function queryKpis(prisma: Db, rollup: Prisma.Sql, period: TPeriod): Promise<TKpiRow[]> {
  const [current, previous] = await Promise.all([
    queryPeriodKpis(prisma, rollup, dayRange(period.from, period.to)),
    queryPeriodKpis(prisma, rollup, dayRange(period.previousFrom, period.previousTo)),
  ]);
  return [...current.map((row) => ({ ...row, isCurrent: true })), ...previous.map((row) => ({ ...row, isCurrent: false }))];
}

async function queryPeriodKpis(prisma: Db, rollup: Prisma.Sql, days: { first: string; end: string }) {
  const rows = await prisma.$queryRaw<Omit<TKpiRow, "isCurrent">[]>`
    SELECT coalesce(sum(r.received), 0)::int AS received, coalesce(sum(r.resolved), 0)::int AS resolved,
      coalesce(sum(r.early), 0)::int AS early, coalesce(sum(r."onTime"), 0)::int AS "onTime", coalesce(sum(r.late), 0)::int AS late,
      coalesce(sum(r.pending), 0)::int AS pending, coalesce(sum(r."pendingPausedOverdue"), 0)::int AS "pendingOverdue",
      coalesce(sum(r."pendingRunning"), 0)::int AS "pendingRunning",
      coalesce(sum(r."ratingCount"), 0)::int AS "ratingCount",
      (sum(r."ratingSum")::float8 / nullif(sum(r."ratingCount"), 0))::float8 AS "ratingAverage",
      coalesce(sum(r.rejected), 0)::int AS rejected, coalesce(sum(r.anonymous), 0)::int AS anonymous,
      coalesce(sum(r.telegram), 0)::int AS telegram, coalesce(sum(r.zalo), 0)::int AS zalo,
      coalesce(sum(r."firstResponded"), 0)::int AS "firstResponded", coalesce(sum(r."firstResponseOnTime"), 0)::int AS "firstResponseOnTime",
      ${histogramSumSql(`r."firstResponseHistogram"`)} AS "firstResponseHistogram",
      ${histogramSumSql(`r."resolutionHistogram"`)} AS "resolutionHistogram",
      coalesce(sum(r.r1), 0)::int AS r1, coalesce(sum(r.r2), 0)::int AS r2, coalesce(sum(r.r3), 0)::int AS r3,
      coalesce(sum(r.r4), 0)::int AS r4, coalesce(sum(r.r5), 0)::int AS r5
    FROM ${rollupSourceSql("day", days.first, days.end)}
    WHERE ${rollup}`;
  return rows.map((row) => ({ ...row, firstResponseHistogram: row.firstResponseHistogram.map(Number), resolutionHistogram: row.resolutionHistogram.map(Number) }));
}

interface TCellRow {
  unitId: string;
  categoryId: string;
  /** '' for tickets without a ward. */
  wardId: string;
  channel: string;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
  pendingOverdue: number;
  pendingRunning: number;
  ratingCount: number;
  ratingSum: number;
}

/**
 * Every breakdown from the rollup's cells: counts per (unit, category, ward, channel) over the
 * period's days — a few thousand rows at most — summed up here.
 */
function queryCells(prisma: Db, rollup: Prisma.Sql, period: TPeriod) {
  const days = dayRange(period.from, period.to);
  return prisma.$queryRaw<TCellRow[]>`
    SELECT r."unitId", r."categoryId", r."wardId", r.channel,
      sum(r.received)::int AS received, sum(r.resolved)::int AS resolved, sum(r.early)::int AS early, sum(r."onTime")::int AS "onTime",
      sum(r.late)::int AS late, sum(r.pending)::int AS pending, sum(r."pendingPausedOverdue")::int AS "pendingOverdue",
      sum(r."pendingRunning")::int AS "pendingRunning", sum(r."ratingCount")::int AS "ratingCount", sum(r."ratingSum")::int AS "ratingSum"
    FROM ${rollupSourceSql("cell", days.first, days.end)}
    WHERE ${rollup}
    GROUP BY 1, 2, 3, 4`;
}

interface TNotYetDueRow {
  isCurrent: boolean;
  unitId: string;
  categoryId: string;
  wardId: string;
  channel: string;
  count: number;
}

/**
 * Pending tickets received in the period (or the previous one), not paused, whose deadline is
 * still ahead: the one figure that moves with the clock. Read live from the open-ticket index over
 * the deadlines to come — the tickets in hand now, not the whole history.
 */
function queryNotYetDue(prisma: Db, base: Prisma.Sql, period: TPeriod, now: Date) {
  return prisma.$queryRaw<TNotYetDueRow[]>`
    SELECT t."createdAt" >= ${period.from} AS "isCurrent", t."unitId", t."categoryId", coalesce(t."wardId", '') AS "wardId", t.channel::text AS channel,
      count(*)::int AS count
    FROM "Ticket" t
    WHERE ${base} AND t.status IN ${OPEN} AND t."pausedAt" IS NULL AND t."dueAt" >= ${now}
      AND t."createdAt" >= ${period.previousFrom} AND t."createdAt" < ${period.to}
    GROUP BY 1, 2, 3, 4, 5`;
}

/** Each cell's pending overdue now: paused past the deadline, plus running minus not yet due. */
function withOverdueNow(cells: TCellRow[], notYetDue: TNotYetDueRow[]): TCellRow[] {
  const keyOf = (row: { unitId: string; categoryId: string; wardId: string; channel: string }) => `${row.unitId}|${row.categoryId}|${row.wardId}|${row.channel}`;
  const ahead = new Map<string, number>();
  for (const row of notYetDue) ahead.set(keyOf(row), (ahead.get(keyOf(row)) ?? 0) + row.count);
  return cells.map((cell) => ({ ...cell, pendingOverdue: cell.pendingOverdue + Math.max(0, cell.pendingRunning - (ahead.get(keyOf(cell)) ?? 0)) }));
}

type TSums = Omit<TCellRow, "unitId" | "categoryId" | "wardId" | "channel" | "pendingRunning">;
const SUM_KEYS = ["received", "resolved", "early", "onTime", "late", "pending", "pendingOverdue", "ratingCount", "ratingSum"] as const;

function sumBy(cells: TCellRow[], keyOf: (cell: TCellRow) => string): Map<string, TSums> {
  const sums = new Map<string, TSums>();
  for (const cell of cells) {
    const key = keyOf(cell);
    const sum = sums.get(key) ?? { received: 0, resolved: 0, early: 0, onTime: 0, late: 0, pending: 0, pendingOverdue: 0, ratingCount: 0, ratingSum: 0 };
    for (const field of SUM_KEYS) sum[field] += cell[field];
    sums.set(key, sum);
  }
  return sums;
}

function countersOf(sum: TSums): TCounterRow {
  return { ...sum, ratingAverage: sum.ratingCount > 0 ? sum.ratingSum / sum.ratingCount : null };
}

/**
 * Received (by day received) and resolved / late (by day resolved) per bucket, from the rollup:
 * monthly buckets from the monthly rows where whole months allow, days and weeks from the daily.
 */
async function queryTrend(prisma: Db, rollup: Prisma.Sql, period: TPeriod): Promise<TTrendBucket[]> {
  const days = dayRange(period.from, period.to);
  const rows = await prisma.$queryRaw<{ bucket: string; received: number; resolved: number; late: number }[]>`
    SELECT to_char(date_trunc(${period.granularity}, r."day"::timestamp), 'YYYY-MM-DD') AS bucket,
      sum(r.received)::int AS received, sum(r."resolvedOnDay")::int AS resolved, sum(r."lateOnDay")::int AS late
    FROM ${period.granularity === "month" ? rollupSourceSql("day", days.first, days.end) : Prisma.sql`(SELECT * FROM "StatDay" WHERE "day" >= ${days.first}::date AND "day" < ${days.end}::date) r`}
    WHERE ${rollup}
    GROUP BY 1`;
  const byBucket = new Map(rows.map((row) => [row.bucket, row]));
  return bucketKeys(period).map((start) => ({
    start,
    received: byBucket.get(start)?.received ?? 0,
    resolved: byBucket.get(start)?.resolved ?? 0,
    late: byBucket.get(start)?.late ?? 0,
  }));
}

type TNames = Awaited<ReturnType<typeof loadNames>>;

async function loadNames(prisma: Db) {
  const [units, categories, wards] = await Promise.all([
    prisma.unit.findMany({ select: { id: true, code: true, name: true } }),
    prisma.category.findMany({ select: { id: true, code: true, nameVi: true, nameEn: true } }),
    prisma.ward.findMany({ select: { id: true, code: true, name: true } }),
  ]);
  return {
    units: new Map(units.map((row) => [row.id, row])),
    categories: new Map(categories.map((row) => [row.id, row])),
    wards: new Map(wards.map((row) => [row.id, row])),
  };
}

const NO_WARD = "—";

function shapeBreakdowns(cells: TCellRow[], names: TNames) {
  const byReceived = (a: TBreakdownRow, b: TBreakdownRow) => b.received - a.received || (a.code < b.code ? -1 : 1);
  const byUnit = rankUnits(
    [...sumBy(cells, (cell) => cell.unitId)].map(([key, sum]) => {
      const unit = names.units.get(key);
      return rowOf(key, unit?.code ?? "?", unit?.name ?? "?", unit?.name ?? "?", countersOf(sum));
    }),
  );
  const byCategory = [...sumBy(cells, (cell) => cell.categoryId)]
    .map(([key, sum]) => {
      const category = names.categories.get(key);
      return rowOf(key, category?.code ?? "?", category?.nameVi ?? "?", category?.nameEn ?? "?", countersOf(sum));
    })
    .sort(byReceived);
  const byWard = [...sumBy(cells, (cell) => cell.wardId ?? "")]
    .map(([key, sum]) => {
      const ward = key ? names.wards.get(key) : undefined;
      return rowOf(key, ward?.code ?? NO_WARD, ward?.name ?? NO_WARD, ward?.name ?? NO_WARD, countersOf(sum));
    })
    .sort(byReceived);
  const byChannel = [...sumBy(cells, (cell) => cell.channel)].map(([key, sum]) => rowOf(key, key, key, key, countersOf(sum))).sort(byReceived);
  const heatCells = sumBy(cells.filter((cell) => cell.wardId), (cell) => `${cell.wardId}|${cell.categoryId}`);
  return { byUnit, byCategory, byWard, byChannel, heat: heatTable(heatCells, byWard, byCategory) };
}

/** The busiest wards × the busiest categories (tickets without a ward left out). */
function heatTable(cells: Map<string, TSums>, byWard: TBreakdownRow[], byCategory: TBreakdownRow[]): THeatTable {
  const wards = byWard.filter((row) => row.key !== "").slice(0, HEAT_WARDS);
  const categories = byCategory.slice(0, HEAT_CATEGORIES);
  const counts = wards.map((ward) => categories.map((category) => cells.get(`${ward.key}|${category.key}`)?.received ?? 0));
  return {
    wards: wards.map((ward) => ({ key: ward.key, code: ward.code, name: ward.name })),
    categories: categories.map((category) => ({ key: category.key, code: category.code, name: category.name, nameEn: category.nameEn })),
    counts,
    max: Math.max(0, ...counts.flat()),
  };
}
