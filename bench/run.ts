import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * `npm run bench` — every benchmark in turn; each prints its own table. Pass names to run some:
 * `npm run bench -- outbox dashboard`. Sizes come from environment variables named in each file.
 */
const BENCHES: { name: string; file: string; exportName: string }[] = [
  { name: "outbox", file: "outbox.ts", exportName: "runOutboxBench" },
  { name: "understanding", file: "understanding.ts", exportName: "runUnderstandingBench" },
  { name: "telegram", file: "telegram-webhook.ts", exportName: "runTelegramBench" },
  { name: "zalo", file: "zalo-webhook.ts", exportName: "runZaloBench" },
  { name: "admin", file: "admin-pages.ts", exportName: "runAdminPagesBench" },
  { name: "dashboard", file: "dashboard.ts", exportName: "runDashboardBench" },
];

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
for (const bench of BENCHES.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name))) {
  const file = path.join(here, bench.file);
  if (!existsSync(file)) {
    console.log(`\n[${bench.name}] not available (${bench.file} missing)`);
    continue;
  }
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const run = module[bench.exportName];
  if (typeof run !== "function") {
    console.log(`\n[${bench.name}] ${bench.file} does not export ${bench.exportName}`);
    continue;
  }
  console.log(`\n=== ${bench.name} ===`);
  const started = performance.now();
  await (run as () => Promise<void>)();
  console.log(`[${bench.name}] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
