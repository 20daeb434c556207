import { createHash } from "node:crypto";
import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import type { TDashboard } from "./dashboard-types.ts";
import { loadDashboard, type TDashboardInput, type TStatsDeps } from "./load-dashboard.ts";

export interface TDashboardCache {
  load(actor: TActor, input: TDashboardInput, deps: TStatsDeps): Promise<TDashboard>;
  clear(): void;
}

/**
 * A short-lived cache in front of loadDashboard: the page and its JSON (fetched right after by the
 * charts) share one computation, and a leader flicking between periods does not rescan a million
 * rows each time. The key is what decides the figures — the actor's role, unit and unit scope, the
 * input, and the minute — so two people share an entry only if they may see exactly the same thing.
 * Figures are at most `ttlMs` old (default one minute); `maxEntries` bounds memory.
 */
export function createDashboardCache(options: { ttlMs?: number; maxEntries?: number } = {}): TDashboardCache {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 200;
  const entries = new Map<string, { at: number; value: Promise<TDashboard> }>();
  return {
    async load(actor, input, deps) {
      const scope = await loadUnitScope(deps.prisma, actor);
      const now = deps.clock.now().getTime();
      const key = createHash("sha256")
        .update(JSON.stringify([actor.role, actor.role === "admin" ? "" : actor.unitId, scope === "all" ? "all" : [...scope].sort(), input, Math.floor(now / 60_000)]))
        .digest("hex");
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = loadDashboard(actor, input, deps);
      entries.set(key, { at: now, value });
      value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
  };
}
