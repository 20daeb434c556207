import type { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "./actor.ts";

export interface TUnitNode {
  id: string;
  parentId: string | null;
}

/** Which units' tickets an actor may see: "all" for admins, otherwise a set of unit ids. */
export type TUnitScope = "all" | ReadonlySet<string>;

/** The unit and every unit below it in the tree (pure). */
export function unitAndDescendants(units: readonly TUnitNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit.id);
    children.set(unit.parentId, list);
  }
  const result = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        stack.push(child);
      }
    }
  }
  return result;
}

/**
 * The role rule, pure: admins see everything, leaders their unit and the units below it,
 * officers their own unit only.
 */
export function unitScopeOf(actor: TActor, units: readonly TUnitNode[]): TUnitScope {
  if (actor.role === "admin") return "all";
  if (actor.role === "leader") return unitAndDescendants(units, actor.unitId);
  return new Set([actor.unitId]);
}

/**
 * The ticket filter every staff-side query starts from. Besides the unit scope it keeps the
 * compartment: a conduct complaint is never visible to the unit it is about (excludedUnitId),
 * whatever the role.
 */
export function ticketScopeWhere(actor: TActor, scope: TUnitScope): Prisma.TicketWhereInput {
  const compartment: Prisma.TicketWhereInput = { OR: [{ excludedUnitId: null }, { excludedUnitId: { not: actor.unitId } }] };
  if (scope === "all") return actor.role === "admin" ? {} : compartment;
  return { AND: [{ unitId: { in: [...scope] } }, compartment] };
}

/** Same rule for one loaded ticket (pure), for checks after a load. */
export function isTicketInScope(actor: TActor, scope: TUnitScope, ticket: { unitId: string; excludedUnitId: string | null }): boolean {
  if (actor.role !== "admin" && ticket.excludedUnitId === actor.unitId) return false;
  return scope === "all" || scope.has(ticket.unitId);
}
