import { Hono } from "hono";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "static");
const require = createRequire(import.meta.url);

/** Our CSS and JS, htmx and Chart.js from node_modules: read once, served with a content type and caching. */
export function createStaticRoutes() {
  const files: Record<string, { type: string; body: () => Buffer }> = {
    "admin.css": { type: "text/css; charset=utf-8", body: () => readFileSync(path.join(STATIC_DIR, "admin.css")) },
    "admin.js": { type: "text/javascript; charset=utf-8", body: () => readFileSync(path.join(STATIC_DIR, "admin.js")) },
    "favicon.svg": { type: "image/svg+xml", body: () => readFileSync(path.join(STATIC_DIR, "favicon.svg")) },
    "htmx.min.js": { type: "text/javascript; charset=utf-8", body: () => readFileSync(require.resolve("htmx.org/dist/htmx.min.js")) },
    "chart.umd.js": { type: "text/javascript; charset=utf-8", body: () => readFileSync(path.join(path.dirname(require.resolve("chart.js")), "chart.umd.js")) },
  };
  const cache = new Map<string, Buffer>();
  const app = new Hono();
  app.get("/static/:file", (c) => {
    const name = c.req.param("file");
    const file = Object.hasOwn(files, name) ? files[name] : undefined;
    if (!file) return c.text("Not found", 404);
    let body = cache.get(name);
    if (!body) {
      body = file.body();
      cache.set(name, body);
    }
    c.header("Content-Type", file.type);
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(new Uint8Array(body));
  });
  app.get("/favicon.ico", (c) => c.redirect("/static/favicon.svg", 301));
  return app;
}
