import { Hono } from "hono";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/**
 * Serves the statistics pages' own files (and Chart.js from node_modules) at `<mount>/static/:file`:
 * read once, cached, nothing from a CDN. Only the listed files exist.
 */
export function createStatsStaticRoutes(files: Record<string, string>) {
  const cache = new Map<string, Buffer>();
  const app = new Hono();
  app.get("/static/:file", (c) => {
    const name = c.req.param("file");
    const file = Object.hasOwn(files, name) ? files[name]! : undefined;
    if (!file) return c.text("Not found", 404);
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(file);
      cache.set(name, body);
    }
    c.header("Content-Type", TYPES[path.extname(name)] ?? "application/octet-stream");
    c.header("Cache-Control", "private, max-age=3600");
    return c.body(new Uint8Array(body));
  });
  return app;
}

export const DASHBOARD_STATIC_FILES: Record<string, string> = {
  "dashboard.js": path.join(HERE, "static", "dashboard.js"),
  "dashboard.css": path.join(HERE, "static", "dashboard.css"),
  "chart.umd.js": path.join(path.dirname(require.resolve("chart.js")), "chart.umd.js"),
};
