import type { Db } from "../db/open-database.ts";
import type { TActor } from "./actor.ts";
import { unitScopeOf, type TUnitScope } from "./unit-scope.ts";

type TScopeDb = Pick<Db, "unit">;

/** Loads the unit tree (a few hundred rows at most) and returns the actor's scope. */
export async function loadUnitScope(prisma: TScopeDb, actor: TActor): Promise<TUnitScope> {
  if (actor.role === "admin") return "all";
  if (actor.role === "officer") return new Set([actor.unitId]);
  const units = await prisma.unit.findMany({ select: { id: true, parentId: true } });
  return unitScopeOf(actor, units);
}
