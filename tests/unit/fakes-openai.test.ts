/**
 * Proves FakeOpenAIServer speaks the Chat Completions and transcription wire formats by
 * driving it with the real `openai` client, including its error classes and timeouts.
 */
import OpenAI, { APIConnectionTimeoutError, toFile } from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeOpenAIServer } from "../fakes/fake-openai.ts";

let server: FakeOpenAIServer;
let client: OpenAI;

beforeEach(async () => {
  server = new FakeOpenAIServer({ apiKey: "test-key" });
  await server.start();
  client = new OpenAI({ baseURL: server.baseURL, apiKey: "test-key", maxRetries: 0 });
});

afterEach(async () => {
  await server.stop();
});

const ask = (content: string) =>
  client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "Phân loại tin báo." }, { role: "user", content }],
    response_format: { type: "json_object" },
  });

describe("FakeOpenAIServer with the openai client", () => {
  it("returns a scripted JSON object as message content and records the request", async () => {
    server.respondWith({ category: "theft", urgency: "high" });
    const completion = await ask("Tôi bị mất xe, gọi 0901 *** ***");
    expect(completion).toMatchObject({ object: "chat.completion", model: "gpt-4o-mini", choices: [{ index: 0, finish_reason: "stop" }] });
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(JSON.parse(completion.choices[0]?.message.content ?? "")).toEqual({ category: "theft", urgency: "high" });
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);

    const [request] = server.chatRequests;
    expect(request?.headers.authorization).toBe("Bearer test-key");
    expect(request?.body).toMatchObject({ model: "gpt-4o-mini", response_format: { type: "json_object" } });
    expect(server.sentText()).toContain("0901 *** ***");
    expect(server.sentText()).not.toMatch(/0901\s?\d{3}\s?\d{3}/);
  });

  it("scripts invalid JSON, refusals and content computed from the request", async () => {
    server.respondInvalidJson().respondRefusal().respondWith((request) => ({ echoed: (request.body.messages as unknown[]).length }));
    const invalid = await ask("a");
    expect(() => JSON.parse(invalid.choices[0]?.message.content ?? "")).toThrow();
    const refused = (await ask("b")).choices[0]?.message;
    expect(refused?.content).toBeNull();
    expect(refused?.refusal).toMatch(/can't help/);
    expect((await ask("c")).choices[0]?.message.content).toBe('{"echoed":2}');
    expect(server.pendingBehaviours).toBe(0);
  });

  it("surfaces 429 and 500 as the client's typed errors", async () => {
    server.respondStatus(429, undefined, { "retry-after": "2" }).respondStatus(500);
    const rateLimited = await ask("a").catch((error: unknown) => error);
    expect(rateLimited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((rateLimited as InstanceType<typeof OpenAI.RateLimitError>).code).toBe("rate_limit_exceeded");
    const serverError = await ask("b").catch((error: unknown) => error);
    expect(serverError).toBeInstanceOf(OpenAI.InternalServerError);
  });

  it("hangs long enough for the client timeout to fire, then serves the next request", async () => {
    server.hang(5_000).respondWith("late");
    const impatient = new OpenAI({ baseURL: server.baseURL, apiKey: "test-key", maxRetries: 0, timeout: 200 });
    const started = Date.now();
    await expect(impatient.chat.completions.create({ model: "m", messages: [{ role: "user", content: "?" }] })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await ask("again")).choices[0]?.message.content).toBe("late");
  });

  it("answers a loud 400 when nothing is scripted, and 401 for a wrong key", async () => {
    await expect(ask("x")).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    const stranger = new OpenAI({ baseURL: server.baseURL, apiKey: "other", maxRetries: 0 });
    await expect(stranger.chat.completions.create({ model: "m", messages: [] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    server.setDefault({ kind: "content", content: "mặc định" });
    expect((await ask("y")).choices[0]?.message.content).toBe("mặc định");
  });

  it("streams when asked", async () => {
    server.respondWith("xin chào");
    const stream = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("xin chào");
  });

  it("transcribes multipart audio uploads", async () => {
    server.transcribeWith("có cháy ở chợ");
    const audio = await toFile(Buffer.from("OggS-fake-voice"), "voice.ogg", { type: "audio/ogg" });
    const transcription = await client.audio.transcriptions.create({ file: audio, model: "whisper-1", language: "vi" });
    expect(transcription.text).toBe("có cháy ở chợ");
    const request = server.requests.at(-1);
    expect(request?.body).toMatchObject({ model: "whisper-1", language: "vi" });
    expect(request?.files.file?.filename).toBe("voice.ogg");
    expect(request?.files.file?.bytes.toString()).toBe("OggS-fake-voice");
  });
});
