/**
 * Pending updates of `FakeTelegramServer` with Telegram's getUpdates semantics: an update
 * stays pending until a later call confirms it with `offset` > update_id, a poll with
 * `timeout` is held until an update arrives, and a newer poll terminates an older one (409).
 */
import type { Update } from "grammy/types";
import { ApiFailure, type Params } from "./fake-telegram-methods.ts";

interface HeldPoll {
  limit: number;
  finish: (result: Update[] | ApiFailure) => void;
}

export class TelegramUpdateQueue {
  private pending: { update: Update; isDelivered: boolean }[] = [];
  private heldPoll: HeldPoll | undefined;

  constructor(private readonly maxPollHoldMs = Infinity) {}

  get size(): number {
    return this.pending.length;
  }

  /** The oldest pending update (webhook delivery order). */
  peek(): Update | undefined {
    return this.pending[0]?.update;
  }

  /** Adds an update; `wakePoll` hands it to a held getUpdates at once (polling mode). */
  push(update: Update, wakePoll: boolean): void {
    this.pending.push({ update, isDelivered: false });
    if (wakePoll && this.heldPoll) this.heldPoll.finish(this.take(this.heldPoll.limit));
  }

  /** Removes one entry holding this update (after a webhook delivery). */
  remove(update: Update): void {
    const index = this.pending.findIndex((entry) => entry.update === update);
    if (index !== -1) this.pending.splice(index, 1);
  }

  clear(): void {
    this.pending = [];
  }

  /** Answers a held poll with no updates (webhook set, server stopping). */
  releaseHeldPoll(): void {
    this.heldPoll?.finish([]);
  }

  /** getUpdates: confirms by offset, then returns at once or holds up to `timeout` seconds. */
  getUpdates(params: Params, signal: AbortSignal): Update[] | Promise<Update[]> {
    const offset = typeof params.offset === "number" ? params.offset : undefined;
    const limit = Math.min(Math.max(Number(params.limit ?? 100) || 100, 1), 100);
    const timeoutMs = Math.max(Number(params.timeout ?? 0) || 0, 0) * 1000;
    if (offset !== undefined) {
      // Redelivered duplicates (not yet delivered) survive even with an older update_id.
      this.pending = this.pending.filter((entry) => !(entry.isDelivered && entry.update.update_id < offset));
    }
    if (this.pending.length > 0 || timeoutMs === 0) return this.take(limit);
    this.heldPoll?.finish(
      new ApiFailure(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"),
    );
    return new Promise<Update[]>((resolve, reject) => {
      const poll: HeldPoll = {
        limit,
        finish: (result) => {
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          if (this.heldPoll === poll) this.heldPoll = undefined;
          if (result instanceof ApiFailure) reject(result);
          else resolve(result);
        },
      };
      const onAbort = () => poll.finish([]);
      const timer = setTimeout(onAbort, Math.min(timeoutMs, this.maxPollHoldMs));
      signal.addEventListener("abort", onAbort);
      this.heldPoll = poll;
    });
  }

  private take(limit: number): Update[] {
    const batch = this.pending.slice(0, limit);
    for (const entry of batch) entry.isDelivered = true;
    return batch.map((entry) => entry.update);
  }
}
