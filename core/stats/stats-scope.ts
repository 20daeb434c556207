import { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import type { TUnitScope } from "../access/unit-scope.ts";

/**
 * The SQL twin of ticketScopeWhere (core/access/unit-scope.ts) for the statistics' raw queries,
 * on the alias `t`: admins everything; others their scope's units, and never a conduct
 * complaint about their own unit (excludedUnitId). Keep the two in step; the stats tests compare
 * them on seeded data.
 */
export function ticketScopeSql(actor: TActor, scope: TUnitScope): Prisma.Sql {
  const compartment = Prisma.sql`(t."excludedUnitId" IS NULL OR t."excludedUnitId" <> ${actor.unitId})`;
  if (scope === "all") return actor.role === "admin" ? Prisma.sql`TRUE` : compartment;
  const ids = [...scope];
  if (ids.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`t."unitId" IN (${Prisma.join(ids)}) AND ${compartment}`;
}

/** Narrows to some units (a drill-down into one unit's subtree); null = no narrowing. */
export function unitFilterSql(unitIds: readonly string[] | null): Prisma.Sql {
  if (!unitIds) return Prisma.sql`TRUE`;
  if (unitIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`t."unitId" IN (${Prisma.join([...unitIds])})`;
}

/** What every statistic counts: in scope, not spam, not merged into another ticket. */
export function countedTicketsSql(actor: TActor, scope: TUnitScope, unitIds: readonly string[] | null): Prisma.Sql {
  return Prisma.sql`${ticketScopeSql(actor, scope)} AND ${unitFilterSql(unitIds)} AND t."isSpam" = false AND t."mergedIntoId" IS NULL`;
}

/**
 * The same scope on the dashboard rollup (alias `r`, core/stats/refresh-stat-rollup.ts), where
 * excludedUnitId is '' for none — so "not excluded from the actor's unit" is one comparison.
 * Spam and merged tickets are never in the rollup.
 */
export function rollupScopeSql(actor: TActor, scope: TUnitScope, unitIds: readonly string[] | null): Prisma.Sql {
  const compartment = scope === "all" && actor.role === "admin" ? Prisma.sql`TRUE` : Prisma.sql`r."excludedUnitId" <> ${actor.unitId}`;
  const inScope = scope === "all" ? Prisma.sql`TRUE` : scope.size === 0 ? Prisma.sql`FALSE` : Prisma.sql`r."unitId" IN (${Prisma.join([...scope])})`;
  const narrowed = !unitIds ? Prisma.sql`TRUE` : unitIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`r."unitId" IN (${Prisma.join([...unitIds])})`;
  return Prisma.sql`${inScope} AND ${compartment} AND ${narrowed}`;
}
