import { foldForMatching } from "../understanding/normalize-text.ts";

/** Conditions of one routing rule; an absent or empty list matches anything. */
export interface TRuleConditions {
  categoryCodes?: string[];
  kinds?: ("tip" | "question" | "feedback")[];
  wardCodes?: string[];
  /** Any of these phrases in the message (diacritics and case ignored). */
  keywords?: string[];
  channels?: ("telegram" | "zalo")[];
}

export interface TRoutingRule {
  id: string;
  name: string;
  position: number;
  conditions: TRuleConditions;
  targetUnitCode: string;
}

export interface TRoutingInput {
  kind: "tip" | "question" | "feedback";
  categoryCode: string;
  wardCode: string | null;
  /** Station covering the ward, when the place is known. */
  wardStationUnitCode: string | null;
  text: string;
  channel: "telegram" | "zalo";
  /** Unit of an officer named in a conduct complaint: never route there. */
  excludedUnitCode?: string | null;
}

export interface TRoutingContext {
  rules: TRoutingRule[];
  categoryDefaultUnitCode: string | null;
  fallbackUnitCode: string;
  /** The unit that handles complaints about officers (compartment). */
  inspectionUnitCode: string;
}

/** One condition of a rule that the ticket met (a rule without conditions matches everything). */
export type TRuleMatch = { on: "category" | "kind" | "ward" | "channel" | "keyword"; value: string } | { on: "any" };

/**
 * Why a unit was chosen, as a code with its parameters (rendered in the reader's language by the
 * panel and the API). Tickets routed before this existed store a plain English string instead.
 */
export type TRoutingReason =
  | { code: "conduct_compartment"; categoryCode: string }
  | { code: "rule_matched"; position: number; ruleName: string; matches: TRuleMatch[] }
  | { code: "category_default"; categoryCode: string }
  | { code: "duty_fallback" }
  | { code: "set_explicitly" };

export interface TRoutingDecision {
  unitCode: string;
  /** rule | category_default | compartment | fallback */
  method: "rule" | "category_default" | "compartment" | "fallback";
  ruleId: string | null;
  reason: TRoutingReason;
}

const CONDUCT_CATEGORIES = new Set(["feedback.officer_conduct", "feedback.complaint"]);

/**
 * Decides the unit for a new ticket and says why. Order: compartments first (complaints about
 * officers always go to inspection), then the ordered rules, then the category's default unit,
 * then the duty unit. Pure: the caller loads rules and units.
 */
export function routeTicket(input: TRoutingInput, context: TRoutingContext): TRoutingDecision {
  if (CONDUCT_CATEGORIES.has(input.categoryCode)) {
    return {
      unitCode: context.inspectionUnitCode,
      method: "compartment",
      ruleId: null,
      reason: { code: "conduct_compartment", categoryCode: input.categoryCode },
    };
  }
  const folded = foldForMatching(input.text);
  const rules = [...context.rules].sort((a, b) => a.position - b.position);
  for (const rule of rules) {
    const matches = ruleMatch(rule.conditions, input, folded);
    if (matches && rule.targetUnitCode !== input.excludedUnitCode) {
      return { unitCode: rule.targetUnitCode, method: "rule", ruleId: rule.id, reason: { code: "rule_matched", position: rule.position, ruleName: rule.name, matches } };
    }
  }
  if (context.categoryDefaultUnitCode && context.categoryDefaultUnitCode !== input.excludedUnitCode) {
    return { unitCode: context.categoryDefaultUnitCode, method: "category_default", ruleId: null, reason: { code: "category_default", categoryCode: input.categoryCode } };
  }
  return { unitCode: context.fallbackUnitCode, method: "fallback", ruleId: null, reason: { code: "duty_fallback" } };
}

/** The conditions the input met, or null when the rule does not match. */
function ruleMatch(conditions: TRuleConditions, input: TRoutingInput, foldedText: string): TRuleMatch[] | null {
  const matches: TRuleMatch[] = [];
  const has = (list: unknown[] | undefined) => Array.isArray(list) && list.length > 0;
  if (has(conditions.categoryCodes)) {
    if (!conditions.categoryCodes!.includes(input.categoryCode)) return null;
    matches.push({ on: "category", value: input.categoryCode });
  }
  if (has(conditions.kinds)) {
    if (!conditions.kinds!.includes(input.kind)) return null;
    matches.push({ on: "kind", value: input.kind });
  }
  if (has(conditions.wardCodes)) {
    if (!input.wardCode || !conditions.wardCodes!.includes(input.wardCode)) return null;
    matches.push({ on: "ward", value: input.wardCode });
  }
  if (has(conditions.channels)) {
    if (!conditions.channels!.includes(input.channel)) return null;
    matches.push({ on: "channel", value: input.channel });
  }
  if (has(conditions.keywords)) {
    const padded = ` ${foldedText} `;
    const hit = conditions.keywords!.find((keyword) => padded.includes(` ${foldForMatching(keyword)} `));
    if (!hit) return null;
    matches.push({ on: "keyword", value: hit });
  }
  return matches.length > 0 ? matches : [{ on: "any" }];
}
