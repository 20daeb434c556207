import { describe, expect, it } from "vitest";
import { routeTicket, type TRoutingContext, type TRoutingInput } from "../../../core/routing/route-ticket.ts";

const context: TRoutingContext = {
  rules: [
    { id: "r2", name: "Drugs in Lạc Thủy", position: 2, conditions: { categoryCodes: ["tip.drugs"], wardCodes: ["X-LACTHUY"] }, targetUnitCode: "CAX-LACTHUY" },
    { id: "r1", name: "Casino keyword", position: 1, conditions: { keywords: ["sòng bạc"] }, targetUnitCode: "PC02" },
  ],
  categoryDefaultUnitCode: "PC04",
  fallbackUnitCode: "TRUCBAN",
  inspectionUnitCode: "TTRA",
};
const input: TRoutingInput = { kind: "tip", categoryCode: "tip.drugs", wardCode: null, wardStationUnitCode: null, text: "bán ma túy", channel: "telegram" };

describe("routeTicket", () => {
  it("applies rules in position order and says which fired and why", () => {
    const decision = routeTicket({ ...input, text: "có song bac o xom 3", wardCode: "X-LACTHUY" }, context);
    expect(decision).toMatchObject({ unitCode: "PC02", method: "rule", ruleId: "r1" });
    expect(decision.reason).toEqual({ code: "rule_matched", position: 1, ruleName: "Casino keyword", matches: [{ on: "keyword", value: "sòng bạc" }] });
  });

  it("records every condition a rule met, and a rule without conditions as matching everything", () => {
    const decision = routeTicket({ ...input, wardCode: "X-LACTHUY" }, context);
    expect(decision.reason).toEqual({ code: "rule_matched", position: 2, ruleName: "Drugs in Lạc Thủy", matches: [{ on: "category", value: "tip.drugs" }, { on: "ward", value: "X-LACTHUY" }] });
    const catchAll = { ...context, rules: [{ id: "r0", name: "All", position: 0, conditions: {}, targetUnitCode: "PC06" }] };
    expect(routeTicket(input, catchAll).reason).toEqual({ code: "rule_matched", position: 0, ruleName: "All", matches: [{ on: "any" }] });
  });

  it("needs every condition of a rule", () => {
    expect(routeTicket({ ...input, wardCode: "X-LACTHUY" }, context)).toMatchObject({ unitCode: "CAX-LACTHUY", ruleId: "r2" });
    expect(routeTicket({ ...input, categoryCode: "tip.theft_robbery", wardCode: "X-LACTHUY" }, { ...context, categoryDefaultUnitCode: "PC02" }).ruleId).toBeNull();
  });

  it("falls back to the category default, then the duty unit", () => {
    expect(routeTicket(input, context)).toMatchObject({ unitCode: "PC04", method: "category_default", reason: { code: "category_default", categoryCode: "tip.drugs" } });
    expect(routeTicket(input, { ...context, categoryDefaultUnitCode: null })).toMatchObject({ unitCode: "TRUCBAN", method: "fallback", reason: { code: "duty_fallback" } });
  });

  it("always sends complaints about officers to inspection, whatever the rules say", () => {
    const decision = routeTicket({ ...input, kind: "feedback", categoryCode: "feedback.officer_conduct", text: "sòng bạc" }, context);
    expect(decision).toMatchObject({ unitCode: "TTRA", method: "compartment", reason: { code: "conduct_compartment", categoryCode: "feedback.officer_conduct" } });
  });

  it("never routes to an excluded unit", () => {
    const decision = routeTicket({ ...input, text: "sòng bạc", excludedUnitCode: "PC02" }, context);
    expect(decision.unitCode).toBe("PC04");
  });
});
