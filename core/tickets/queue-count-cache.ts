/**
 * Counts of a queue (total and per status) are the slowest part of a queue page for leaders and
 * admins, whose scope covers most of a million tickets. Counts that took longer than
 * SLOW_COUNT_MS to compute are reused for REUSE_MS (the list itself is always fresh); cheap
 * counts, such as one unit's, are never cached. One process-local map, bounded in size.
 */
export const SLOW_COUNT_MS = 60;
export const REUSE_MS = 15_000;
const MAX_ENTRIES = 500;

const entries = new Map<string, { storedAt: number; value: unknown }>();

export async function withQueueCountCache<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = performance.now();
  const hit = entries.get(key);
  if (hit && now - hit.storedAt < REUSE_MS) return hit.value as T;
  const value = await load();
  const tookMs = performance.now() - now;
  if (tookMs >= SLOW_COUNT_MS) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { storedAt: performance.now(), value });
  } else {
    entries.delete(key);
  }
  return value;
}
