/**
 * Asks the optional model to choose kind, category, ward and urgency from closed lists, and
 * validates the answer with zod. Returns only values from our own lists; anything else throws a
 * ModelFallbackError so the caller uses the baseline. The model picks labels, never a unit: the
 * unit comes from our routing rules, so a message cannot talk its way to another unit.
 */
import type OpenAI from "openai";
import { z } from "zod";
import type { OpenAISettings } from "../../llm/create-openai-client.ts";
import { ModelFallbackError } from "../../llm/model-fallback.ts";
import { parseJsonAnswer, requestCompletionText } from "../../llm/request-completion.ts";
import { CATEGORY_CODES, kindOfCategory, MESSAGE_KINDS, type CategoryCode, type MessageKind } from "../categories.ts";
import { maskPii } from "../detect-pii.ts";
import type { GazetteerWard } from "../place-gazetteer.ts";
import { classificationJsonSchema, classificationSystemPrompt, classificationUserPrompt } from "./classification-prompt.ts";

/** A validated model answer: every value is from the closed lists. */
export interface ModelClassification {
  kind: MessageKind;
  categoryCode: CategoryCode;
  wardCode: string | null;
  isEmergency: boolean;
  confidence: number;
}

/** The shape of an answer, before its values are checked against the lists. */
const ZModelAnswerShape = z.object({
  kind: z.string(),
  categoryCode: z.string(),
  wardCode: z.string().nullable(),
  isEmergency: z.boolean(),
  confidence: z.number().min(0).max(1),
});

/** The closed lists; built once per ward list. */
function closedListSchema(wardCodes: readonly [string, ...string[]]) {
  return z.object({
    kind: z.enum(MESSAGE_KINDS),
    categoryCode: z.enum(CATEGORY_CODES),
    wardCode: z.enum(wardCodes).nullable(),
    isEmergency: z.boolean(),
    confidence: z.number(),
  });
}

/** What classifyWithModel needs, built once by the understanding service. */
export interface ModelClassifierContext {
  client: OpenAI;
  settings: OpenAISettings;
  wards: readonly GazetteerWard[];
}

/** Checks a parsed answer: shape (invalid_output), lists (out_of_list), kind/category agreement. */
export function validateModelAnswer(answer: unknown, wards: readonly GazetteerWard[]): ModelClassification {
  const shaped = ZModelAnswerShape.safeParse(answer);
  if (!shaped.success) throw new ModelFallbackError("invalid_output", `shape: ${shaped.error.issues[0]?.path.join(".") ?? "?"}`);
  const codes = wards.map((ward) => ward.code);
  const closed = closedListSchema(codes.length > 0 ? (codes as [string, ...string[]]) : ["-"]).safeParse(shaped.data);
  if (!closed.success) throw new ModelFallbackError("out_of_list", `value outside the list: ${closed.error.issues[0]?.path.join(".") ?? "?"}`);
  if (kindOfCategory(closed.data.categoryCode) !== closed.data.kind) {
    throw new ModelFallbackError("invalid_output", "kind does not match category");
  }
  return closed.data;
}

/**
 * Classifies one message with the model. The text is PII-masked here, whatever the caller did.
 * Throws ModelFallbackError (timeout, rate_limited, refusal, invalid_json, out_of_list, …).
 */
export async function classifyWithModel(text: string, context: ModelClassifierContext): Promise<ModelClassification> {
  const useSchema = (context.settings.responseFormat ?? "json_schema") === "json_schema";
  const content = await requestCompletionText(
    context.client,
    context.settings,
    {
      system: classificationSystemPrompt(context.wards),
      user: classificationUserPrompt(maskPii(text)),
      maxTokens: 200,
    },
    useSchema
      ? { type: "json_schema", json_schema: { name: "message_understanding", strict: true, schema: classificationJsonSchema(context.wards) } }
      : { type: "json_object" },
  );
  return validateModelAnswer(parseJsonAnswer(content), context.wards);
}
