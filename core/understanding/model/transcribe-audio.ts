/**
 * Speech-to-text for citizens' voice notes through an OpenAI-compatible
 * /v1/audio/transcriptions endpoint, so they can be classified and searched like text.
 * One attempt with a time limit; failures throw ModelFallbackError (the voice note is then kept
 * for an officer to listen to).
 */
import { toFile, type OpenAI } from "openai";
import { z } from "zod";
import { fallbackReasonOf, type OpenAISettings } from "../../llm/create-openai-client.ts";
import { ModelFallbackError } from "../../llm/model-fallback.ts";

/** Telegram sends OGG/Opus voice notes, Zalo AAC/M4A; the endpoint wants a file name with an extension. */
const EXTENSION_BY_MIME: Readonly<Record<string, string>> = {
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mp4": "m4a",
  "audio/m4a": "m4a",
  "audio/x-m4a": "m4a",
  "audio/aac": "m4a",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/webm": "webm",
};

/** Voice transcription needs a few seconds more than classification. */
const TRANSCRIPTION_TIMEOUT_FACTOR = 3;

const ZTranscript = z.object({ text: z.string().trim().min(1) });

/** Transcribes one voice note (Vietnamese). Throws ModelFallbackError on any failure. */
export async function transcribeWithModel(bytes: Uint8Array, mime: string, client: OpenAI, settings: OpenAISettings): Promise<string> {
  const baseMime = mime.split(";")[0]?.trim().toLowerCase() ?? "";
  const extension = EXTENSION_BY_MIME[baseMime] ?? "ogg";
  const timeoutMs = (settings.timeoutMs ?? 4_000) * TRANSCRIPTION_TIMEOUT_FACTOR;
  let result: unknown;
  try {
    const file = await toFile(bytes, `voice-note.${extension}`, { type: baseMime || "audio/ogg" });
    result = await client.audio.transcriptions.create(
      { file, model: settings.transcriptionModel ?? "whisper-1", language: "vi", response_format: "json" },
      { signal: AbortSignal.timeout(timeoutMs), timeout: timeoutMs, maxRetries: 0 },
    );
  } catch (error) {
    throw new ModelFallbackError(fallbackReasonOf(error), error instanceof Error ? error.name : "request failed");
  }
  const transcript = ZTranscript.safeParse(result);
  if (!transcript.success) throw new ModelFallbackError("empty_answer", "no transcript text");
  return transcript.data.text;
}
