import { z } from "zod";
import type { TChoice } from "../../core/outbox/outbox-types.ts";

/** A report being filled in (tip or feedback); its messages are stored already, unattached. */
export const ZDraft = z.object({
  kind: z.enum(["tip", "question", "feedback"]),
  categoryCode: z.string(),
  text: z.string().default(""),
  messageIds: z.array(z.string()).default([]),
  attachmentCount: z.number().default(0),
  isUrgent: z.boolean().default(false),
  wardCode: z.string().nullable().default(null),
  locationText: z.string().nullable().default(null),
  latitude: z.number().nullable().default(null),
  longitude: z.number().nullable().default(null),
  isAnonymous: z.boolean().default(false),
  hasPhone: z.boolean().default(false),
  details: z.string().nullable().default(null),
});
export type TDraft = z.infer<typeof ZDraft>;

/** Where the conversation is; each step knows which answers it expects. */
export const ZStep = z.discriminatedUnion("name", [
  z.object({ name: z.literal("idle") }),
  z.object({ name: z.literal("tip.description") }),
  z.object({ name: z.literal("tip.media") }),
  z.object({ name: z.literal("tip.place") }),
  z.object({ name: z.literal("tip.address") }),
  z.object({ name: z.literal("tip.ward"), page: z.number().default(0), candidates: z.array(z.string()).default([]) }),
  z.object({ name: z.literal("tip.anonymous") }),
  z.object({ name: z.literal("tip.phone") }),
  z.object({ name: z.literal("tip.confirm") }),
  z.object({ name: z.literal("question.text") }),
  z.object({ name: z.literal("question.answered"), slug: z.string(), messageId: z.string(), text: z.string(), categoryCode: z.string() }),
  z.object({ name: z.literal("feedback.type") }),
  z.object({ name: z.literal("feedback.text") }),
  z.object({ name: z.literal("feedback.details") }),
  z.object({ name: z.literal("classify"), messageId: z.string(), text: z.string() }),
  z.object({ name: z.literal("followup.choose"), messageId: z.string(), text: z.string() }),
  z.object({ name: z.literal("rate.comment"), ticketId: z.string(), rating: z.number() }),
  z.object({ name: z.literal("erase.confirm") }),
]);
export type TStep = z.infer<typeof ZStep>;
export type TStepName = TStep["name"];

export const ZDialogState = z.object({
  step: ZStep.default({ name: "idle" }),
  draft: ZDraft.nullable().default(null),
  /** Step to go back to when the citizen answers "continue" to /huy. */
  cancelling: ZStep.nullable().default(null),
  /** Text sent before agreeing to the privacy notice, handled right after agreeing. */
  pendingText: z.string().nullable().default(null),
  /** The buttons last offered: typed labels (and numbers, on channels without buttons) select them. */
  choices: z.array(z.object({ value: z.string(), label: z.string() })).default([]),
  /** The ticket the last follow-up message was added to (so "a new matter" can move it out). */
  lastFollowUp: z.object({ messageId: z.string(), ticketId: z.string() }).nullable().default(null),
});
export type TDialogState = z.infer<typeof ZDialogState>;

/** Reads stored state; anything unreadable (an older shape) starts over rather than failing. */
export function parseDialogState(data: unknown): TDialogState {
  const parsed = ZDialogState.safeParse(data ?? {});
  return parsed.success ? parsed.data : ZDialogState.parse({});
}

export function newDraft(kind: TDraft["kind"], categoryCode: string): TDraft {
  return ZDraft.parse({ kind, categoryCode });
}

/** Picks the offered choice a typed text stands for: its label, or its number ("2"). */
export function matchTypedChoice(choices: readonly TChoice[], text: string, allowNumbers: boolean): TChoice | undefined {
  const typed = text.trim().toLocaleLowerCase("vi");
  if (typed === "") return undefined;
  const byLabel = choices.find((choice) => choice.label.trim().toLocaleLowerCase("vi") === typed);
  if (byLabel || !allowNumbers || !/^\d{1,2}$/.test(typed)) return byLabel;
  return choices[Number(typed) - 1];
}
