import type { Category } from "../../prisma/generated/client.ts";
import type { Db } from "../db/open-database.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import { routingSettingsOf, ROUTING_SETTING_KEYS, toRoutingRule } from "../routing/load-routing-context.ts";
import type { TRoutingRule } from "../routing/route-ticket.ts";
import type { TWorkCalendar } from "../sla/compute-deadline.ts";
import { toWorkCalendar, WORKING_WEEKDAYS_SETTING_KEY } from "../sla/load-work-calendar.ts";
import type { Clock } from "../time/clock.ts";

/**
 * What opening a ticket reads besides the ticket itself — categories, units, wards, the routing
 * rules and settings, the work calendar — as one snapshot. These change a few times a year through
 * the admin pages, yet every new ticket used to read them again (a dozen queries per ticket).
 */
export interface TReferenceData {
  categories: ReadonlyMap<string, Category & { defaultUnitCode: string | null }>;
  units: ReadonlyMap<string, { id: string; code: string; name: string }>;
  wards: ReadonlyMap<string, { id: string; code: string; stationUnitCode: string }>;
  rules: readonly TRoutingRule[];
  fallbackUnitCode: string;
  inspectionUnitCode: string;
  calendar: TWorkCalendar;
}

let version = 0;

/**
 * Called after an admin changes categories, units, wards, routing rules, settings, holidays or FAQ
 * entries: every cache in this process reloads on its next use.
 */
export function invalidateReferenceData(): void {
  version += 1;
}

/** The current invalidation count; caches compare it with the one they loaded under. */
export function referenceDataVersion(): number {
  return version;
}

/**
 * How long another instance may keep using a snapshot after an admin changed it elsewhere. Why a
 * TTL and a version counter together: the counter makes a change visible at once in the process that
 * made it (the usual single-instance set-up, and what the admin sees when testing a rule), but it
 * cannot reach other instances behind a load balancer; for those a few seconds of staleness is the
 * price — a ticket routed by the previous rule set a moment after a change is what would have
 * happened had the citizen written a moment earlier. Reloading costs five small queries, so even
 * at one ticket a second the cache saves most of them.
 */
export const REFERENCE_DATA_TTL_MS = 5_000;

/** Loads the whole snapshot: five queries, run together. */
export async function loadReferenceData(prisma: Pick<Db, "category" | "unit" | "ward" | "routingRule" | "setting" | "holiday">): Promise<TReferenceData> {
  const [categories, units, wards, rules, settings, holidays] = await Promise.all([
    prisma.category.findMany({ include: { defaultUnit: { select: { code: true } } } }),
    prisma.unit.findMany({ select: { id: true, code: true, name: true } }),
    prisma.ward.findMany({ select: { id: true, code: true, stationUnit: { select: { code: true } } } }),
    prisma.routingRule.findMany({ where: { isActive: true }, orderBy: { position: "asc" }, include: { targetUnit: { select: { code: true } } } }),
    prisma.setting.findMany({ where: { key: { in: [...ROUTING_SETTING_KEYS, WORKING_WEEKDAYS_SETTING_KEY] } } }),
    prisma.holiday.findMany({ select: { date: true } }),
  ]);
  return {
    categories: new Map(categories.map(({ defaultUnit, ...category }) => [category.code, { ...category, defaultUnitCode: defaultUnit?.code ?? null }])),
    units: new Map(units.map((unit) => [unit.code, unit])),
    wards: new Map(wards.map((ward) => [ward.code, { id: ward.id, code: ward.code, stationUnitCode: ward.stationUnit.code }])),
    rules: rules.map(toRoutingRule),
    ...routingSettingsOf(settings),
    calendar: toWorkCalendar(holidays, settings.find((row) => row.key === WORKING_WEEKDAYS_SETTING_KEY)),
  };
}

export interface TReferenceDataCache {
  get(): Promise<TReferenceData>;
}

/** A per-database cache of the snapshot: reloaded after an invalidation or REFERENCE_DATA_TTL_MS. */
export function createReferenceDataCache(prisma: Db, clock: Clock, options: { ttlMs?: number } = {}): TReferenceDataCache {
  return createVersionedCache(() => loadReferenceData(prisma), clock, options.ttlMs ?? REFERENCE_DATA_TTL_MS);
}

/**
 * Keeps what `load` returns for `ttlMs`, or until reference data is invalidated in this process.
 * Concurrent callers share one load; a value loaded under an older invalidation count is reloaded.
 */
export function createVersionedCache<T>(load: () => Promise<T>, clock: Clock, ttlMs: number): { get(): Promise<T> } {
  let cached: { value: T; loadedAt: number; version: number } | null = null;
  let loading: Promise<T> | null = null;
  return {
    async get() {
      if (cached && cached.version === version && clock.now().getTime() - cached.loadedAt < ttlMs) return cached.value;
      const startedUnder = version;
      loading ??= load()
        .then((value) => {
          cached = { value, loadedAt: clock.now().getTime(), version: startedUnder };
          return value;
        })
        .finally(() => {
          loading = null;
        });
      return loading;
    },
  };
}

const boundToTransaction = new WeakMap<SqlRunner, TReferenceData>();

/**
 * Lends a snapshot to one transaction, so use cases deep inside it (createTicket, reached through
 * the dialog steps and openTicketFromChat) read it instead of querying, without every caller in
 * between passing it along. Transactions without one load it when they need it.
 */
export function bindReferenceData(tx: SqlRunner, data: TReferenceData): void {
  boundToTransaction.set(tx, data);
}

export function referenceDataOf(tx: SqlRunner): TReferenceData | undefined {
  return boundToTransaction.get(tx);
}
