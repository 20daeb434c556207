import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_APP_SECRET, type TTestDatabase } from "../support/test-database.ts";

function descendants(pid: number): number[] {
  let output = "";
  try {
    output = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  } catch {
    return [];
  }
  const children = output.split("\n").map((line) => Number(line.trim())).filter((child) => child > 0);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("starting and stopping the product", () => {
  let db: TTestDatabase | undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), "ln-start-"));

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const launcher of ["node --import tsx main.ts", "tsx main.ts (what npm start runs)"]) {
    it(`${launcher}: comes up healthy, stops on SIGTERM and leaves no process behind`, { timeout: 240_000 }, async () => {
      const [command, args] = launcher.startsWith("node")
        ? [process.execPath, ["--import", "tsx", "main.ts"]]
        : [path.join("node_modules", ".bin", "tsx"), ["main.ts"]];
      const env = {
        ...process.env,
        PORT: "0",
        DATA_DIR: dataDir,
        LOG_LEVEL: "info",
        TELEGRAM_BOT_TOKEN: "",
        ZALO_BOT_TOKEN: "",
        ...(db ? { DATABASE_URL: db.url, APP_SECRET: TEST_APP_SECRET, SEED_DEMO_DATA: "no" } : { DATABASE_URL: "" }),
      };
      const child = spawn(command as string, args as string[], { env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      try {
        const port = await waitFor(() => /admin panel on http:\/\/localhost:(\d+)/.exec(output)?.[1], 180_000, `start-up (output so far: ${output})`);
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: "ok", database: db ? "postgres" : "pglite" });
        expect(output).toContain("telegram off: TELEGRAM_BOT_TOKEN is not set");

        const tree = [child.pid!, ...descendants(child.pid!)];
        child.kill("SIGTERM");
        const code = await Promise.race([exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000))]);
        expect(code).toBe(0);
        await waitFor(() => (tree.some(isAlive) ? undefined : true), 5_000, "every process of the tree to exit");
        expect(output).toContain('"msg":"stopped"');
      } finally {
        if (isAlive(child.pid!)) child.kill("SIGKILL");
      }
    });
  }
});
