/**
 * Inspection and fault-injection helpers shared by the fake messaging servers:
 * a log of what the bot sent (with `waitFor`) and a queue of scripted API failures.
 */

/** Matches a recorded message: a predicate, or a substring / RegExp tested against `text`. */
export type MessageMatcher<T> = ((message: T) => boolean) | string | RegExp;

interface Waiter<T> {
  matches: (message: T) => boolean;
  resolve: (message: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** What the bot sent, in order, with a way to wait for a message that has not come yet. */
export class SentLog<T extends { chat_id?: unknown; text?: unknown }> {
  private readonly entries: T[] = [];
  /** Entries already handed out by `waitFor`, so two waits never return the same message. */
  private readonly claimed = new Set<T>();
  private readonly waiters = new Set<Waiter<T>>();

  add(entry: T): void {
    this.entries.push(entry);
    for (const waiter of this.waiters) {
      if (!waiter.matches(entry)) continue;
      this.settle(waiter);
      this.claimed.add(entry);
      waiter.resolve(entry);
      return;
    }
  }

  list(chatId?: string | number): T[] {
    if (chatId === undefined) return [...this.entries];
    return this.entries.filter((entry) => String(entry.chat_id) === String(chatId));
  }

  /**
   * Resolves with the first matching message not yet returned by an earlier `waitFor`
   * (already sent or sent later). Rejects after `timeoutMs` listing everything sent.
   */
  waitFor(matcher: MessageMatcher<T>, timeoutMs: number): Promise<T> {
    const matches = toPredicate(matcher);
    const existing = this.entries.find((entry) => !this.claimed.has(entry) && matches(entry));
    if (existing) {
      this.claimed.add(existing);
      return Promise.resolve(existing);
    }
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.settle(waiter);
          reject(new Error(`No matching message within ${timeoutMs} ms (${describe(matcher)}).\n${this.describeSent()}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Rejects every pending wait (used by `stop()` so no timer outlives the server). */
  rejectAll(reason: string): void {
    for (const waiter of [...this.waiters]) {
      this.settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  clear(): void {
    this.entries.length = 0;
    this.claimed.clear();
  }

  private settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }

  private describeSent(): string {
    if (this.entries.length === 0) return "The bot sent nothing.";
    const lines = this.entries.map((entry, index) => `  ${index + 1}. ${JSON.stringify(entry, replacer)}`);
    return `The bot sent ${this.entries.length}:\n${lines.join("\n")}`;
  }
}

function toPredicate<T extends { text?: unknown }>(matcher: MessageMatcher<T>): (message: T) => boolean {
  if (typeof matcher === "function") return matcher;
  if (typeof matcher === "string") return (message) => typeof message.text === "string" && message.text.includes(matcher);
  return (message) => typeof message.text === "string" && matcher.test(message.text);
}

function describe<T>(matcher: MessageMatcher<T>): string {
  if (typeof matcher === "function") return `predicate ${matcher.name || "(anonymous)"}`;
  return `text matching ${typeof matcher === "string" ? JSON.stringify(matcher) : String(matcher)}`;
}

function replacer(_key: string, value: unknown): unknown {
  // Uploaded bytes would drown the message: show their size instead.
  if (value && typeof value === "object" && (value as { type?: unknown }).type === "Buffer") {
    return `<${((value as { data?: unknown[] }).data ?? []).length} bytes>`;
  }
  return value;
}

/** A scripted API failure, shaped like the platform's error envelope. */
export interface InjectedFault {
  error_code: number;
  description?: string;
  /** Telegram only: seconds to put in `parameters.retry_after` (429). */
  retry_after?: number;
}

/** Failures queued per method; each call to `take` consumes one. */
export class FaultQueue {
  /** Per method, what the next calls get: a fault, or null for a call let through. */
  private readonly pending = new Map<string, (InjectedFault | null)[]>();

  /** The next `times` calls fail — after `passFirst` calls that succeed (a failure mid-way through a split message). */
  add(method: string, fault: InjectedFault, times: number, passFirst = 0): void {
    const key = method.toLowerCase();
    const list = this.pending.get(key) ?? [];
    for (let index = 0; index < passFirst; index++) list.push(null);
    for (let index = 0; index < times; index++) list.push(fault);
    this.pending.set(key, list);
  }

  take(method: string): InjectedFault | undefined {
    const list = this.pending.get(method.toLowerCase());
    return list?.shift() ?? undefined;
  }

  clear(): void {
    this.pending.clear();
  }
}
