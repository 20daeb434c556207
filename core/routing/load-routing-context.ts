import type { Db } from "../db/open-database.ts";
import type { TRoutingContext, TRoutingRule, TRuleConditions } from "./route-ticket.ts";

export const DEFAULT_FALLBACK_UNIT_CODE = "TRUCBAN";
export const DEFAULT_INSPECTION_UNIT_CODE = "TTRA";

/** Loads the active rules, the category's default unit and the fallback/inspection units. */
export async function loadRoutingContext(prisma: Pick<Db, "routingRule" | "category" | "setting">, categoryCode: string): Promise<TRoutingContext> {
  const [rules, category, settings] = await Promise.all([
    prisma.routingRule.findMany({ where: { isActive: true }, orderBy: { position: "asc" }, include: { targetUnit: { select: { code: true } } } }),
    prisma.category.findUnique({ where: { code: categoryCode }, include: { defaultUnit: { select: { code: true } } } }),
    prisma.setting.findMany({ where: { key: { in: ["routing.fallbackUnitCode", "routing.inspectionUnitCode"] } } }),
  ]);
  const setting = (key: string) => settings.find((row) => row.key === key)?.value as string | undefined;
  return {
    rules: rules.map(
      (rule): TRoutingRule => ({
        id: rule.id,
        name: rule.name,
        position: rule.position,
        conditions: (rule.conditions ?? {}) as TRuleConditions,
        targetUnitCode: rule.targetUnit.code,
      }),
    ),
    categoryDefaultUnitCode: category?.defaultUnit?.code ?? null,
    fallbackUnitCode: setting("routing.fallbackUnitCode") ?? DEFAULT_FALLBACK_UNIT_CODE,
    inspectionUnitCode: setting("routing.inspectionUnitCode") ?? DEFAULT_INSPECTION_UNIT_CODE,
  };
}
