/**
 * Chat completion calls with LangNghe's guarantees: one attempt, a hard time limit (client
 * timeout plus an AbortSignal), and every unusable answer (refusal, truncation, empty, invalid
 * JSON) turned into a {@link ModelFallbackError}. Callers validate the content themselves.
 */
import OpenAI from "openai";
import { DEFAULT_MODEL_TIMEOUT_MS, fallbackReasonOf, type OpenAISettings } from "./create-openai-client.ts";
import { ModelFallbackError } from "./model-fallback.ts";

/** A system + user exchange; the user turn carries only masked citizen text. */
export interface CompletionPrompt {
  system: string;
  user: string;
  maxTokens: number;
}

/** The answer text of one completion, or a ModelFallbackError. */
export async function requestCompletionText(
  client: OpenAI,
  settings: OpenAISettings,
  prompt: CompletionPrompt,
  responseFormat?: OpenAI.Chat.Completions.ChatCompletionCreateParams["response_format"],
): Promise<string> {
  const timeoutMs = settings.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await client.chat.completions.create(
      {
        model: settings.model,
        ...(settings.temperature !== undefined && { temperature: settings.temperature }),
        max_completion_tokens: prompt.maxTokens,
        messages: [
          { role: "system", content: prompt.system },
          { role: "user", content: prompt.user },
        ],
        ...(responseFormat && { response_format: responseFormat }),
      },
      { signal: AbortSignal.timeout(timeoutMs), timeout: timeoutMs, maxRetries: 0 },
    );
  } catch (error) {
    const status = error instanceof OpenAI.APIError && typeof error.status === "number" ? error.status : undefined;
    throw new ModelFallbackError(fallbackReasonOf(error), error instanceof Error ? error.name : "request failed", status);
  }
  const choice = completion.choices[0];
  if (!choice) throw new ModelFallbackError("empty_answer", "no choices");
  if (choice.message.refusal) throw new ModelFallbackError("refusal", "the model refused");
  if (choice.finish_reason === "content_filter") throw new ModelFallbackError("refusal", "content filter");
  if (choice.finish_reason === "length") throw new ModelFallbackError("truncated", "answer cut at max_tokens");
  const content = choice.message.content?.trim() ?? "";
  if (content.length === 0) throw new ModelFallbackError("empty_answer", "empty content");
  return content;
}

/** Parses a model's JSON answer (tolerating a ```json fence some servers add). */
export function parseJsonAnswer(content: string): unknown {
  const unfenced = content.replace(/^```(?:json)?\s*/i, "").replace(/\s*```$/, "");
  try {
    return JSON.parse(unfenced);
  } catch {
    throw new ModelFallbackError("invalid_json", "answer is not JSON");
  }
}
