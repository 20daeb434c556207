import type { Db } from "../db/open-database.ts";
import type { Clock } from "../time/clock.ts";
import { loadDashboard } from "./load-dashboard.ts";
import type { TPeriodInput } from "./stats-period.ts";

export const TRANSPARENCY_SETTING_KEYS = { enabled: "transparency.enabled", includeTips: "transparency.includeTips" } as const;

/** Units with fewer tickets than this are grouped as "other units"; fewer ratings, no average shown. */
export const MIN_PUBLIC_COUNT = 5;

export interface TPublicUnitFigures {
  name: string;
  received: number;
  resolved: number;
  onTimeRate: number | null;
  satisfaction: number | null;
}

export interface TPublicTransparency {
  firstDay: string;
  lastDay: string;
  received: number;
  resolved: number;
  onTimeRate: number | null;
  satisfaction: number | null;
  units: TPublicUnitFigures[];
  /** Units below MIN_PUBLIC_COUNT, added up so a single case cannot be picked out. */
  otherUnits: { count: number; received: number; resolved: number };
}

const SYSTEM_ACTOR = { id: "public", username: "public", displayName: "public", role: "admin" as const, unitId: "" };

async function settingOf(prisma: Db, key: string): Promise<unknown> {
  return (await prisma.setting.findUnique({ where: { key } }))?.value;
}

/** Whether the public page is switched on (it is off until an admin sets transparency.enabled = true). */
export async function isTransparencyEnabled(prisma: Db): Promise<boolean> {
  return (await settingOf(prisma, TRANSPARENCY_SETTING_KEYS.enabled)) === true;
}

/**
 * The public transparency figures: aggregates only — received, resolved, on-time share and
 * satisfaction, overall and by unit. No ticket, no text, no person; small units are pooled and
 * averages over fewer than MIN_PUBLIC_COUNT ratings are withheld. Crime tips are left out unless
 * an admin sets transparency.includeTips = true.
 */
export async function loadPublicTransparency(input: TPeriodInput, deps: { prisma: Db; clock: Clock }): Promise<TPublicTransparency> {
  const includeTips = (await settingOf(deps.prisma, TRANSPARENCY_SETTING_KEYS.includeTips)) === true;
  const dashboard = await loadDashboard(SYSTEM_ACTOR, { ...input, kinds: includeTips ? ["tip", "question", "feedback"] : ["question", "feedback"] }, deps);
  const shown = dashboard.byUnit.filter((row) => row.received >= MIN_PUBLIC_COUNT);
  const pooled = dashboard.byUnit.filter((row) => row.received < MIN_PUBLIC_COUNT);
  const current = dashboard.current;
  return {
    firstDay: dashboard.period.firstDay,
    lastDay: dashboard.period.lastDay,
    received: current.received,
    resolved: current.resolved,
    onTimeRate: current.onTimeRate,
    satisfaction: current.ratingCount >= MIN_PUBLIC_COUNT ? current.ratingAverage : null,
    units: shown.map((row) => ({
      name: row.name, received: row.received, resolved: row.resolved, onTimeRate: row.onTimeRate,
      satisfaction: row.ratingCount >= MIN_PUBLIC_COUNT ? row.ratingAverage : null,
    })),
    otherUnits: { count: pooled.length, received: pooled.reduce((sum, row) => sum + row.received, 0), resolved: pooled.reduce((sum, row) => sum + row.resolved, 0) },
  };
}
