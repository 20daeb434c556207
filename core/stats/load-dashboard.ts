import { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { unitAndDescendants, type TUnitScope } from "../access/unit-scope.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import type { Clock } from "../time/clock.ts";
import type { TBreakdownRow, TDashboard, THeatTable, TKpis, TTrendBucket } from "./dashboard-types.ts";
import { countedTicketsSql } from "./stats-scope.ts";
import { bucketKeys, resolvePeriod, type TPeriod, type TPeriodInput } from "./stats-period.ts";
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

/**
 * The counting rule of police reports — received, resolved early / on time / late, pending and
 * overdue (alias t; `now` for "overdue") — written once for the KPI and the breakdown queries.
 */
function outcomeCounters(now: Date): Prisma.Sql {
  return Prisma.sql`
    count(*)::int AS received,
    count(t."resolvedAt")::int AS resolved,
    count(*) FILTER (WHERE t."resolvedAt" <= t."dueAt" - interval '1 day')::int AS early,
    count(*) FILTER (WHERE t."resolvedAt" IS NOT NULL AND (t."dueAt" IS NULL OR (t."resolvedAt" > t."dueAt" - interval '1 day' AND t."resolvedAt" <= t."dueAt")))::int AS "onTime",
    count(*) FILTER (WHERE t."resolvedAt" > t."dueAt")::int AS late,
    count(*) FILTER (WHERE t.status IN ${OPEN})::int AS pending,
    count(*) FILTER (WHERE t.status IN ${OPEN} AND t."dueAt" < COALESCE(t."pausedAt", ${now}))::int AS "pendingOverdue",
    count(t."satisfactionRating")::int AS "ratingCount"`;
}

/** The KPI counters: the outcome counts plus the average rating. */
function counters(now: Date): Prisma.Sql {
  return Prisma.sql`${outcomeCounters(now)},
    avg(t."satisfactionRating")::float8 AS "ratingAverage"`;
}

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
  medianFirstResponseSeconds: number | null;
  medianResolutionSeconds: number | null;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const hours = (seconds: number | null) => (seconds === null || seconds === undefined ? null : Number(seconds) / 3600);

function kpisOf(row: TKpiRow | undefined): TKpis {
  const r = row ?? ({ received: 0, resolved: 0, early: 0, onTime: 0, late: 0, pending: 0, pendingOverdue: 0, ratingCount: 0, ratingAverage: null, rejected: 0, anonymous: 0, telegram: 0, zalo: 0, firstResponded: 0, firstResponseOnTime: 0, medianFirstResponseSeconds: null, medianResolutionSeconds: null, r1: 0, r2: 0, r3: 0, r4: 0, r5: 0 } as unknown as TKpiRow);
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
    medianFirstResponseHours: hours(r.medianFirstResponseSeconds),
    medianResolutionHours: hours(r.medianResolutionSeconds),
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
 * state now — resolved early / on time / late against dueAt, or still pending. Each query is one
 * index range scan on createdAt (or resolvedAt for the trend), so it scales to millions of tickets.
 */
export async function loadDashboard(actor: TActor, input: TDashboardInput, deps: TStatsDeps): Promise<TDashboard> {
  const now = deps.clock.now();
  const period = resolvePeriod(input, now);
  const scope = await loadUnitScope(deps.prisma, actor);
  const { unitIds, unit } = await drillDownUnits(deps.prisma, scope, input.unitCode);
  const kindFilter = input.kinds ? (input.kinds.length > 0 ? Prisma.sql`t.kind::text IN (${Prisma.join([...input.kinds])})` : Prisma.sql`FALSE`) : Prisma.sql`TRUE`;
  const base = Prisma.sql`${countedTicketsSql(actor, scope, unitIds)} AND ${kindFilter}`;
  const [kpiRows, nowRows, cells, trend, termSample, names] = await Promise.all([
    queryKpis(deps.prisma, base, period, now),
    deps.prisma.$queryRaw<{ open: number; overdue: number }[]>`
      SELECT count(*)::int AS open, count(*) FILTER (WHERE t."dueAt" < COALESCE(t."pausedAt", ${now}))::int AS overdue
      FROM "Ticket" t WHERE ${base} AND t.status IN ${OPEN}`,
    queryCells(deps.prisma, base, period, now),
    queryTrend(deps.prisma, base, period),
    deps.prisma.$queryRaw<{ summary: string }[]>`
      SELECT t.summary FROM "Ticket" t WHERE ${base} AND t."createdAt" >= ${period.from} AND t."createdAt" < ${period.to}
      ORDER BY t."createdAt" DESC LIMIT ${TOP_TERMS_SAMPLE}`,
    loadNames(deps.prisma),
  ]);
  const breakdowns = shapeBreakdowns(cells, names);
  return {
    period,
    generatedAt: now,
    unit,
    current: kpisOf(kpiRows.find((row) => row.isCurrent)),
    previous: kpisOf(kpiRows.find((row) => !row.isCurrent)),
    openNow: nowRows[0]?.open ?? 0,
    overdueNow: nowRows[0]?.overdue ?? 0,
    ...breakdowns,
    trend: { granularity: period.granularity, buckets: trend },
    topTerms: topTerms(termSample.map((row) => row.summary)),
  };
}

/**
 * The KPIs of one period in one scan (no GROUP BY, so the two medians' ordered-set aggregates do
 * not force a sort of every row by group); the current and the previous period run in parallel.
 */
async function queryKpis(prisma: Db, base: Prisma.Sql, period: TPeriod, now: Date): Promise<TKpiRow[]> {
  const [current, previous] = await Promise.all([
    queryPeriodKpis(prisma, base, period.from, period.to, now),
    queryPeriodKpis(prisma, base, period.previousFrom, period.previousTo, now),
  ]);
  return [
    ...current.map((row) => ({ ...row, isCurrent: true })),
    ...previous.map((row) => ({ ...row, isCurrent: false })),
  ];
}

function queryPeriodKpis(prisma: Db, base: Prisma.Sql, from: Date, to: Date, now: Date) {
  return prisma.$queryRaw<Omit<TKpiRow, "isCurrent">[]>`
    SELECT ${counters(now)},
      count(*) FILTER (WHERE t.status = 'rejected')::int AS rejected,
      count(*) FILTER (WHERE t."isAnonymous")::int AS anonymous,
      count(*) FILTER (WHERE t.channel = 'telegram')::int AS telegram,
      count(*) FILTER (WHERE t.channel = 'zalo')::int AS zalo,
      count(t."firstRespondedAt")::int AS "firstResponded",
      count(*) FILTER (WHERE t."firstRespondedAt" <= t."firstResponseDueAt")::int AS "firstResponseOnTime",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM t."firstRespondedAt" - t."createdAt"))::float8) AS "medianFirstResponseSeconds",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM t."resolvedAt" - t."createdAt"))::float8) AS "medianResolutionSeconds",
      count(*) FILTER (WHERE t."satisfactionRating" = 1)::int AS r1,
      count(*) FILTER (WHERE t."satisfactionRating" = 2)::int AS r2,
      count(*) FILTER (WHERE t."satisfactionRating" = 3)::int AS r3,
      count(*) FILTER (WHERE t."satisfactionRating" = 4)::int AS r4,
      count(*) FILTER (WHERE t."satisfactionRating" = 5)::int AS r5
    FROM "Ticket" t
    WHERE ${base} AND t."createdAt" >= ${from} AND t."createdAt" < ${to}`;
}

interface TCellRow {
  unitId: string;
  categoryId: string;
  wardId: string | null;
  channel: string;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
  pendingOverdue: number;
  ratingCount: number;
  ratingSum: number;
}

/**
 * Every breakdown from one scan: counts per (unit, category, ward, channel) cell — a few thousand
 * rows at most — summed up here. One hash aggregate is cheaper than five GROUPING SETS.
 */
function queryCells(prisma: Db, base: Prisma.Sql, period: TPeriod, now: Date) {
  return prisma.$queryRaw<TCellRow[]>`
    SELECT t."unitId", t."categoryId", t."wardId", t.channel::text AS channel,
      ${outcomeCounters(now)},
      coalesce(sum(t."satisfactionRating"), 0)::int AS "ratingSum"
    FROM "Ticket" t
    WHERE ${base} AND t."createdAt" >= ${period.from} AND t."createdAt" < ${period.to}
    GROUP BY 1, 2, 3, 4`;
}

type TSums = Omit<TCellRow, "unitId" | "categoryId" | "wardId" | "channel">;
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

async function queryTrend(prisma: Db, base: Prisma.Sql, period: TPeriod): Promise<TTrendBucket[]> {
  const unit = period.granularity;
  const [received, resolved] = await Promise.all([
    prisma.$queryRaw<{ bucket: Date; count: number }[]>`
      SELECT date_trunc(${unit}, t."createdAt" + interval '7 hours') AS bucket, count(*)::int AS count
      FROM "Ticket" t WHERE ${base} AND t."createdAt" >= ${period.from} AND t."createdAt" < ${period.to}
      GROUP BY 1`,
    prisma.$queryRaw<{ bucket: Date; count: number; late: number }[]>`
      SELECT date_trunc(${unit}, t."resolvedAt" + interval '7 hours') AS bucket, count(*)::int AS count,
        count(*) FILTER (WHERE t."resolvedAt" > t."dueAt")::int AS late
      FROM "Ticket" t WHERE ${base} AND t."resolvedAt" >= ${period.from} AND t."resolvedAt" < ${period.to}
      GROUP BY 1`,
  ]);
  const key = (date: Date) => new Date(date).toISOString().slice(0, 10);
  const receivedBy = new Map(received.map((row) => [key(row.bucket), row.count]));
  const resolvedBy = new Map(resolved.map((row) => [key(row.bucket), row]));
  return bucketKeys(period).map((start) => ({
    start,
    received: receivedBy.get(start) ?? 0,
    resolved: resolvedBy.get(start)?.count ?? 0,
    late: resolvedBy.get(start)?.late ?? 0,
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
