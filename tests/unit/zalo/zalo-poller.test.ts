/** The long-polling loop against the fake: one update per poll, 408 is normal, errors back off, stop() is prompt. */
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createZaloClient } from "../../../bot/channels/zalo/zalo-client.ts";
import type { ZaloInbound } from "../../../bot/channels/zalo/zalo-inbound.ts";
import { startZaloPoller } from "../../../bot/channels/zalo/zalo-poller.ts";
import type { TZaloUpdate } from "../../../bot/channels/zalo/zalo-wire.ts";
import { createLogger } from "../../../core/config/logger.ts";
import { FakeZaloServer, type FakeZaloOptions } from "../../fakes/fake-zalo.ts";

const user = { id: "p0ll3r", display_name: "Poll" };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: FakeZaloOptions = {}, poller: { timeoutSeconds?: number; failStore?: number } = {}) {
  const fake = new FakeZaloServer({ maxPollHoldMs: 150, ...options });
  await fake.start();
  cleanups.push(() => fake.stop());
  const client = createZaloClient({ token: fake.token, apiRoot: fake.url });
  cleanups.push(() => client.close());
  const received: TZaloUpdate[] = [];
  let failuresLeft = poller.failStore ?? 0;
  const inbound: ZaloInbound = {
    async accept(update) {
      if (failuresLeft-- > 0) throw new Error("database down");
      received.push(update);
      return "stored";
    },
    recover: async () => 0,
    drain: async () => undefined,
  };
  const running = startZaloPoller({ client, inbound, logger: createLogger("silent") }, { timeoutSeconds: poller.timeoutSeconds ?? 1, backoffMs: 20, maxBackoffMs: 100 });
  cleanups.push(() => running.stop());
  return { fake, received, running };
}

const until = async (probe: () => boolean, timeoutMs = 3000) => {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("Zalo long polling", () => {
  it("takes updates one per poll, in order, across empty polls (408)", async () => {
    const { fake, received } = await setUp({ timeoutHttpStatus: 200 });
    await new Promise((resolve) => setTimeout(resolve, 400)); // a couple of empty polls first
    for (const text of ["một", "hai", "ba"]) await fake.userSendsText(user, text);
    await until(() => received.length === 3);
    expect(received.map((update) => update.message?.text)).toEqual(["một", "hai", "ba"]);
  });

  it("backs off after errors and carries on", async () => {
    const { fake, received } = await setUp();
    fake.failNext("getUpdates", { error_code: 500 }, 3);
    await fake.userSendsText(user, "sau lỗi");
    await until(() => received.length === 1);
    expect(fake.requests.filter((call) => call.method === "getUpdates" && call.error_code === 500)).toHaveLength(3);
  });

  it("retries storing a polled update (Zalo cannot give it again)", async () => {
    const { fake, received } = await setUp({}, { failStore: 2 });
    await fake.userSendsText(user, "giữ lại");
    await until(() => received.length === 1);
    expect(received[0]?.message?.text).toBe("giữ lại");
  });

  it("never writes the token in a log line, whether Zalo refuses it or cannot be reached", async () => {
    const lines: string[] = [];
    const logger = createLogger("debug", new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    const fake = new FakeZaloServer({ maxPollHoldMs: 100 });
    await fake.start();
    cleanups.push(() => fake.stop());
    const inbound: ZaloInbound = { accept: async () => "stored", recover: async () => 0, drain: async () => undefined };
    for (const [token, apiRoot] of [["42:RefusedTokenSecretPart", fake.url], ["43:UnreachableTokenSecretPart", "http://127.0.0.1:9"]] as const) {
      const client = createZaloClient({ token, apiRoot, timeoutMs: 500 });
      const running = startZaloPoller({ client, inbound, logger }, { timeoutSeconds: 1, backoffMs: 20, maxBackoffMs: 50 });
      await until(() => lines.some((line) => line.includes(token.split(":")[0] === "42" ? "Unauthorized" : "getUpdates")));
      await running.stop();
      client.close();
    }
    const output = lines.join("");
    expect(output).toContain("zalo getUpdates failed");
    expect(output).not.toContain("RefusedTokenSecretPart");
    expect(output).not.toContain("UnreachableTokenSecretPart");
  });

  it("stops at once even while Zalo holds a 30-second poll", async () => {
    const { fake, running } = await setUp({ maxPollHoldMs: 30_000 }, { timeoutSeconds: 30 });
    await until(() => fake.requests.some((call) => call.method === "getUpdates"));
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
