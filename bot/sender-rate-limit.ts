/**
 * A per-sender flood guard for one instance: at most `limit` updates per `windowMs` from one user
 * are handled; the rest are dropped before they are stored. Generous enough for an album of ten
 * photos with a caption; meant for scripts and abuse, not for people typing.
 */
export function createSenderRateLimit(options: { limit: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { startedAt: number; count: number; hasWarned: boolean }>();
  return {
    /** "ok", "warn" (first update over the limit: tell the sender once) or "drop". */
    check(userId: string): "ok" | "warn" | "drop" {
      const at = now();
      let window = windows.get(userId);
      if (!window || at - window.startedAt >= options.windowMs) {
        window = { startedAt: at, count: 0, hasWarned: false };
        windows.set(userId, window);
        if (windows.size > 10_000) {
          for (const [key, value] of windows) if (at - value.startedAt >= options.windowMs) windows.delete(key);
        }
      }
      window.count += 1;
      if (window.count <= options.limit) return "ok";
      if (window.hasWarned) return "drop";
      window.hasWarned = true;
      return "warn";
    },
  };
}
