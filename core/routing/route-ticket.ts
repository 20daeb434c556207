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

export interface TRoutingDecision {
  unitCode: string;
  /** rule | category_default | compartment | fallback */
  method: "rule" | "category_default" | "compartment" | "fallback";
  ruleId: string | null;
  reason: string;
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
      reason: `${input.categoryCode}: complaints about officers go to the inspection unit`,
    };
  }
  const folded = foldForMatching(input.text);
  const rules = [...context.rules].sort((a, b) => a.position - b.position);
  for (const rule of rules) {
    const why = ruleMatch(rule.conditions, input, folded);
    if (why && rule.targetUnitCode !== input.excludedUnitCode) {
      return { unitCode: rule.targetUnitCode, method: "rule", ruleId: rule.id, reason: `rule #${rule.position} "${rule.name}": ${why}` };
    }
  }
  if (context.categoryDefaultUnitCode && context.categoryDefaultUnitCode !== input.excludedUnitCode) {
    return { unitCode: context.categoryDefaultUnitCode, method: "category_default", ruleId: null, reason: `default unit of ${input.categoryCode}` };
  }
  return { unitCode: context.fallbackUnitCode, method: "fallback", ruleId: null, reason: "no rule and no category default: duty unit" };
}

/** Returns a description of why the rule matched, or null when it does not. */
function ruleMatch(conditions: TRuleConditions, input: TRoutingInput, foldedText: string): string | null {
  const parts: string[] = [];
  const has = (list: unknown[] | undefined) => Array.isArray(list) && list.length > 0;
  if (has(conditions.categoryCodes)) {
    if (!conditions.categoryCodes!.includes(input.categoryCode)) return null;
    parts.push(`category ${input.categoryCode}`);
  }
  if (has(conditions.kinds)) {
    if (!conditions.kinds!.includes(input.kind)) return null;
    parts.push(`kind ${input.kind}`);
  }
  if (has(conditions.wardCodes)) {
    if (!input.wardCode || !conditions.wardCodes!.includes(input.wardCode)) return null;
    parts.push(`ward ${input.wardCode}`);
  }
  if (has(conditions.channels)) {
    if (!conditions.channels!.includes(input.channel)) return null;
    parts.push(`channel ${input.channel}`);
  }
  if (has(conditions.keywords)) {
    const padded = ` ${foldedText} `;
    const hit = conditions.keywords!.find((keyword) => padded.includes(` ${foldForMatching(keyword)} `));
    if (!hit) return null;
    parts.push(`keyword "${hit}"`);
  }
  return parts.length > 0 ? parts.join(", ") : "matches everything";
}
