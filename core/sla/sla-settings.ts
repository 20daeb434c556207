import type { Db } from "../db/open-database.ts";
import type { TSlaPolicy } from "./sla-progress.ts";

export interface TSlaSettings extends TSlaPolicy {
  /** Resolved tickets the citizen did not rate are closed after this many days (0 = never). */
  autoCloseDays: number;
}

export const DEFAULT_SLA_SETTINGS: TSlaSettings = { escalationDelayHours: 24, maxEscalationLevels: 2, autoCloseDays: 7 };

/** Setting keys an admin can change (values are JSON numbers). */
export const SLA_SETTING_KEYS = {
  escalationDelayHours: "sla.escalationDelayHours",
  maxEscalationLevels: "sla.maxEscalationLevels",
  autoCloseDays: "sla.autoCloseDays",
} as const;

function numberOr(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** The SLA settings from the Setting table, each falling back to its default. */
export async function loadSlaSettings(prisma: Pick<Db, "setting">): Promise<TSlaSettings> {
  const rows = await prisma.setting.findMany({ where: { key: { in: Object.values(SLA_SETTING_KEYS) } } });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return {
    escalationDelayHours: numberOr(value(SLA_SETTING_KEYS.escalationDelayHours), DEFAULT_SLA_SETTINGS.escalationDelayHours, 1, 24 * 60),
    maxEscalationLevels: Math.round(numberOr(value(SLA_SETTING_KEYS.maxEscalationLevels), DEFAULT_SLA_SETTINGS.maxEscalationLevels, 0, 10)),
    autoCloseDays: numberOr(value(SLA_SETTING_KEYS.autoCloseDays), DEFAULT_SLA_SETTINGS.autoCloseDays, 0, 365),
  };
}
