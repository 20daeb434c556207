import { Worker } from "node:worker_threads";
import type { TLoadMessage, TLoadRequest } from "./http-load-worker.ts";

export interface TLoadResult {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** Runs one load (closed or open loop) from a worker thread and resolves with every update's latency. */
export function runLoad(request: TLoadRequest, progress: (text: string) => void = () => undefined): Promise<TLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./http-load-worker-entry.mjs", import.meta.url), { workerData: request });
    worker.on("message", (message: TLoadMessage) => {
      if (message.type === "progress") progress(`${message.updates} updates, ${(message.updates / message.seconds).toFixed(0)}/s`);
      else resolve({ latencies: message.latencies, errors: message.errors, seconds: message.seconds });
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`load worker exited with code ${code}`));
    });
  });
}
