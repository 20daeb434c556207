import { describe, expect, it } from "vitest";
import type { TActor } from "../../../core/access/actor.ts";
import { isTicketInScope, ticketScopeWhere, unitAndDescendants, unitScopeOf } from "../../../core/access/unit-scope.ts";

const units = [
  { id: "CAT", parentId: null },
  { id: "PV01", parentId: "CAT" },
  { id: "TRUCBAN", parentId: "PV01" },
  { id: "PC04", parentId: "CAT" },
  { id: "TTRA", parentId: "CAT" },
];
const actor = (role: TActor["role"], unitId: string): TActor => ({ id: `${role}-${unitId}`, username: "x", displayName: "x", role, unitId });

describe("unit scope", () => {
  it("walks the tree below a unit", () => {
    expect([...unitAndDescendants(units, "PV01")].sort()).toEqual(["PV01", "TRUCBAN"]);
    expect(unitAndDescendants(units, "CAT").size).toBe(5);
  });

  it("gives admins everything, leaders their subtree, officers their unit", () => {
    expect(unitScopeOf(actor("admin", "CAT"), units)).toBe("all");
    expect([...(unitScopeOf(actor("leader", "PV01"), units) as Set<string>)].sort()).toEqual(["PV01", "TRUCBAN"]);
    expect([...(unitScopeOf(actor("officer", "PC04"), units) as Set<string>)]).toEqual(["PC04"]);
  });

  it("keeps a conduct complaint away from the unit it is about, even for its leader", () => {
    const leader = actor("leader", "PC04");
    const scope = unitScopeOf(leader, units);
    expect(isTicketInScope(leader, scope, { unitId: "PC04", excludedUnitId: null })).toBe(true);
    expect(isTicketInScope(leader, scope, { unitId: "PC04", excludedUnitId: "PC04" })).toBe(false);
    const inspector = actor("officer", "TTRA");
    expect(isTicketInScope(inspector, unitScopeOf(inspector, units), { unitId: "TTRA", excludedUnitId: "PC04" })).toBe(true);
  });

  it("officers never see tickets of units above them", () => {
    const officer = actor("officer", "TRUCBAN");
    expect(isTicketInScope(officer, unitScopeOf(officer, units), { unitId: "PV01", excludedUnitId: null })).toBe(false);
  });

  it("builds the query filter from the same rule", () => {
    expect(ticketScopeWhere(actor("admin", "CAT"), "all")).toEqual({});
    expect(JSON.stringify(ticketScopeWhere(actor("officer", "PC04"), new Set(["PC04"])))).toContain('"in":["PC04"]');
  });
});
