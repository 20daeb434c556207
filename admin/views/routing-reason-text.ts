import type { TRoutingReason, TRuleMatch } from "../../core/routing/route-ticket.ts";
import type { TTranslate } from "../../locales/translator.ts";

/**
 * Why a ticket went to its unit, in the reader's language. Accepts what tickets store: a reason
 * code with parameters, or — for tickets routed before reasons had codes — a plain string, shown
 * as it is.
 */
export function routingReasonText(t: TTranslate, reason: unknown): string {
  if (typeof reason === "string") return reason;
  if (!isRoutingReason(reason)) return "—";
  switch (reason.code) {
    case "conduct_compartment":
    case "category_default":
      return t(`routing-reason-${reason.code}`, { category: reason.categoryCode });
    case "rule_matched":
      return t("routing-reason-rule_matched", { position: reason.position, rule: reason.ruleName, matches: reason.matches.map((match) => matchText(t, match)).join(", ") });
    default:
      return t(`routing-reason-${reason.code}`);
  }
}

function matchText(t: TTranslate, match: TRuleMatch): string {
  if (match.on === "any") return t("routing-match-any");
  const value = match.on === "kind" ? t(`kind-${match.value}`) : match.on === "channel" ? t(`channel-${match.value}`) : match.value;
  return t(`routing-match-${match.on}`, { value });
}

const REASON_CODES = new Set(["conduct_compartment", "rule_matched", "category_default", "duty_fallback", "set_explicitly"]);

function isRoutingReason(value: unknown): value is TRoutingReason {
  if (typeof value !== "object" || value === null || !REASON_CODES.has(String((value as { code?: unknown }).code))) return false;
  const reason = value as Partial<Record<string, unknown>>;
  return reason.code !== "rule_matched" || Array.isArray(reason.matches);
}

/** The reason's parameters for API clients that render it themselves (everything but the code). */
export function routingReasonParams(reason: TRoutingReason): Record<string, unknown> {
  const { code: _code, ...params } = reason;
  return params;
}
