/**
 * The closed lists the understanding module decides among: message kinds and the category
 * codes every installation has (admins may add more; the baseline only predicts these).
 */

/** The kinds of message, in the order the product lists them. */
export const MESSAGE_KINDS = ["tip", "question", "feedback"] as const;

/** What a citizen's message is: a crime tip, a procedure question, or feedback on the police. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The built-in category codes (the foundation issue's list), tips first. */
export const CATEGORY_CODES = [
  "tip.drugs",
  "tip.theft_robbery",
  "tip.fraud_online",
  "tip.gambling",
  "tip.public_order",
  "tip.traffic",
  "tip.fire_hazard",
  "tip.other",
  "question.identity",
  "question.residence",
  "question.passport",
  "question.vehicle",
  "question.permits",
  "question.fire_safety",
  "question.other",
  "feedback.officer_conduct",
  "feedback.service",
  "feedback.complaint",
  "feedback.praise",
  "feedback.suggestion",
] as const;

/** A built-in ticket category code, `<kind>.<name>`. */
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** The kind a category belongs to ("tip.drugs" → "tip"). */
export function kindOfCategory(code: CategoryCode): MessageKind {
  const prefix = code.slice(0, code.indexOf("."));
  return MESSAGE_KINDS.find((kind) => kind === prefix) ?? "tip";
}

/** Narrows a string from outside (database, model output) to a known category code. */
export function isCategoryCode(value: string): value is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(value);
}
