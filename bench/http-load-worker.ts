/**
 * The bench's load generator, in a worker thread: Telegram's servers are not in our process, so
 * the client's JSON and socket work must not share the server's event loop (it used to, which
 * both slowed the server and delayed the latency timers it was being measured with).
 */
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import type { Update } from "grammy/types";
import { BENCH_SCRIPTS, BENCH_WEBHOOK_SECRET, type TBenchScriptName } from "./telegram-scripts.ts";

export interface TLoadRequest {
  url: string;
  script: TBenchScriptName;
  firstUser: number;
  /** Closed loop: this many citizens at once, each playing its script in order, as fast as answers come. */
  concurrency?: number;
  /** Open loop: updates started at this rate whatever the answers' speed (one citizen's updates stay in order). */
  rate?: number;
  seconds: number;
}

export type TLoadMessage = { type: "progress"; updates: number; seconds: number } | { type: "done"; latencies: number[]; errors: number; seconds: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs one update over a kept-alive connection; resolves with the latency once the answer is read. */
function post(url: string, update: Update): Promise<{ ms: number; isOk: boolean }> {
  const started = performance.now();
  const body = JSON.stringify(update);
  return new Promise((resolve) => {
    const request = http.request(url, {
      method: "POST",
      agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-telegram-bot-api-secret-token": BENCH_WEBHOOK_SECRET },
    }, (response) => {
      response.resume();
      response.on("end", () => resolve({ ms: performance.now() - started, isOk: (response.statusCode ?? 500) < 300 }));
    });
    request.on("error", () => resolve({ ms: performance.now() - started, isOk: false }));
    request.end(body);
  });
}

async function closedLoop(request: TLoadRequest, concurrency: number) {
  const script = BENCH_SCRIPTS[request.script];
  const latencies: number[] = [];
  let errors = 0;
  let nextUser = request.firstUser;
  const started = performance.now();
  const deadline = started + request.seconds * 1000;
  const ticker = setInterval(() => parentPort?.postMessage({ type: "progress", updates: latencies.length, seconds: (performance.now() - started) / 1000 } satisfies TLoadMessage), 1000);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        for (const update of script(nextUser++)) {
          const result = await post(request.url, update);
          latencies.push(result.ms);
          if (!result.isOk) errors += 1;
        }
      }
    }),
  );
  clearInterval(ticker);
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

async function openLoop(request: TLoadRequest, rate: number) {
  const script = BENCH_SCRIPTS[request.script];
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(rate * request.seconds);
  const perCitizen = script(0).length;
  const citizens = Math.ceil(total / perCitizen);
  const started = performance.now();
  // Citizen c sends its k-th update at slot c + k·citizens, so updates are spread evenly in time.
  await Promise.all(
    Array.from({ length: citizens }, async (_, c) => {
      const updates = script(request.firstUser + c);
      for (const [k, update] of updates.entries()) {
        const slot = c + k * citizens;
        if (slot >= total) return;
        const wait = started + (slot * 1000) / rate - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const result = await post(request.url, update);
        latencies.push(result.ms);
        if (!result.isOk) errors += 1;
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

const request = workerData as TLoadRequest;
const result = request.rate ? await openLoop(request, request.rate) : await closedLoop(request, request.concurrency ?? 16);
agent.destroy();
parentPort?.postMessage({ type: "done", ...result } satisfies TLoadMessage);
