import type { Db } from "../db/open-database.ts";
import type { TRoutingContext, TRoutingRule, TRuleConditions } from "./route-ticket.ts";

export const DEFAULT_FALLBACK_UNIT_CODE = "TRUCBAN";
export const DEFAULT_INSPECTION_UNIT_CODE = "TTRA";
export const ROUTING_SETTING_KEYS = ["routing.fallbackUnitCode", "routing.inspectionUnitCode"] as const;

/** A stored rule (with its target unit's code) as the routing engine reads it. */
export function toRoutingRule(rule: { id: string; name: string; position: number; conditions: unknown; targetUnit: { code: string } }): TRoutingRule {
  return { id: rule.id, name: rule.name, position: rule.position, conditions: (rule.conditions ?? {}) as TRuleConditions, targetUnitCode: rule.targetUnit.code };
}

/** The fallback and inspection units from the settings rows, with their defaults. */
export function routingSettingsOf(settings: readonly { key: string; value: unknown }[]): Pick<TRoutingContext, "fallbackUnitCode" | "inspectionUnitCode"> {
  const setting = (key: string) => settings.find((row) => row.key === key)?.value as string | undefined;
  return {
    fallbackUnitCode: setting("routing.fallbackUnitCode") ?? DEFAULT_FALLBACK_UNIT_CODE,
    inspectionUnitCode: setting("routing.inspectionUnitCode") ?? DEFAULT_INSPECTION_UNIT_CODE,
  };
}

/**
 * Loads the active rules, the category's default unit and the fallback/inspection units. New
 * tickets from the chats read the same from the cached snapshot (core/cache/reference-data.ts).
 */
export async function loadRoutingContext(prisma: Pick<Db, "routingRule" | "category" | "setting">, categoryCode: string): Promise<TRoutingContext> {
  const [rules, category, settings] = await Promise.all([
    prisma.routingRule.findMany({ where: { isActive: true }, orderBy: { position: "asc" }, include: { targetUnit: { select: { code: true } } } }),
    prisma.category.findUnique({ where: { code: categoryCode }, include: { defaultUnit: { select: { code: true } } } }),
    prisma.setting.findMany({ where: { key: { in: [...ROUTING_SETTING_KEYS] } } }),
  ]);
  return { rules: rules.map(toRoutingRule), categoryDefaultUnitCode: category?.defaultUnit?.code ?? null, ...routingSettingsOf(settings) };
}
