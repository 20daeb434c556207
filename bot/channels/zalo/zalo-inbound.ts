/**
 * What happens to a Zalo update, whether it came by webhook or long polling: it is stored first
 * (encrypted, de-duplicated on message_id, so a redelivery is a no-op and a crash loses nothing),
 * then handled in the background, one at a time per chat so a chat's messages keep their order.
 * A typed number or label answering the numbered list the chat shows becomes a `choice` event.
 */
import type { Logger } from "../../../core/config/logger.ts";
import type { Db } from "../../../core/db/open-database.ts";
import type { SqlExecutor } from "../../../core/db/sql-executor.ts";
import { InboundAlreadyProcessedError, markInboundFailed, markInboundProcessed } from "../../../core/inbound/mark-inbound-update.ts";
import { recoverInboundUpdates } from "../../../core/inbound/recover-inbound-updates.ts";
import { storeInboundUpdate } from "../../../core/inbound/store-inbound-update.ts";
import type { SecretBox } from "../../../core/security/secret-box.ts";
import type { Clock } from "../../../core/time/clock.ts";
import type { TInboundEvent } from "../../dialogs/inbound-event.ts";
import { matchTypedChoice } from "./match-typed-choice.ts";
import type { OfferedChoicesStore } from "./offered-choices-store.ts";
import { toInboundEvent } from "./to-inbound-event.ts";
import { ZZaloUpdate, type TZaloUpdate } from "./zalo-wire.ts";

/**
 * Hands one event to the dialogs. It must mark the stored update processed (markInboundProcessed)
 * in the transaction that applies the event, so the two commit together.
 */
export type TZaloEventHandler = (event: TInboundEvent, inbound: { inboundUpdateId: string }) => Promise<void>;

export interface TZaloInboundDeps {
  prisma: Db;
  /** Receipt and the processed mark of skipped updates: plain SQL, each one statement. */
  sql: SqlExecutor;
  box: SecretBox;
  clock: Clock;
  logger: Logger;
  offeredChoices: OfferedChoicesStore;
  handleEvent: TZaloEventHandler;
  /** Answers an event the Zalo Bot API cannot carry (a file, a place, a contact card). */
  answerUnsupported: (event: TInboundEvent, inbound: { inboundUpdateId: string }) => Promise<void>;
  /** Called when an accepted update has been handled (or has failed); for the benchmark and tests. */
  onHandled?: (update: TZaloUpdate, outcome: "handled" | "failed") => void;
  /** Per-sender flood guard: updates over its limit are dropped before they are stored. */
  floodGuard?: { check(userId: string): "ok" | "warn" | "drop" };
  /** Tells a sender once that they are over the limit (through the outbox). */
  warnTooFast?: (chatId: string) => Promise<void>;
}

export type TAcceptResult = "stored" | "duplicate" | "ignored" | "limited";

export interface ZaloInbound {
  /** Stores the update and schedules its handling; resolves once it is safely stored. */
  accept(update: TZaloUpdate): Promise<TAcceptResult>;
  /** Replays stored updates that were never handled (crash, failure); returns how many. */
  recover(olderThanMs?: number): Promise<number>;
  /** Waits until every scheduled update is handled. */
  drain(): Promise<void>;
}

export function createZaloInbound(deps: TZaloInboundDeps): ZaloInbound {
  const chains = new Map<string, Promise<void>>();

  /** Applies one stored update; throws when it should be retried later. */
  async function apply(id: string, update: TZaloUpdate): Promise<void> {
    const mapped = toInboundEvent(update);
    if ("skipped" in mapped) {
      deps.logger.debug({ inboundUpdateId: id, reason: mapped.skipped, event: update.event_name }, "zalo update skipped");
      await markInboundProcessed(deps.sql, id, deps.clock.now());
      return;
    }
    const event = await withTypedChoice(mapped.event);
    if (event.kind === "unsupported") return deps.answerUnsupported(event, { inboundUpdateId: id });
    await deps.handleEvent(event, { inboundUpdateId: id });
  }

  async function withTypedChoice(event: TInboundEvent): Promise<TInboundEvent> {
    if (event.kind !== "text" || !event.text) return event;
    const offered = await deps.offeredChoices.recall(event.chatId, deps.clock.now());
    const chosen = matchTypedChoice(offered, event.text);
    if (!chosen) return event;
    const { text: _typed, ...rest } = event;
    return { ...rest, kind: "choice", choiceValue: chosen.value };
  }

  async function applyOrRecordFailure(id: string, update: TZaloUpdate): Promise<void> {
    try {
      await apply(id, update);
      deps.onHandled?.(update, "handled");
    } catch (error) {
      if (error instanceof InboundAlreadyProcessedError) return deps.onHandled?.(update, "handled");
      deps.onHandled?.(update, "failed");
      deps.logger.error({ err: error, inboundUpdateId: id, event: update.event_name }, "zalo update failed; the recovery pass retries it");
      await markInboundFailed(deps.prisma, id, error).catch((markError: unknown) => deps.logger.error({ err: markError, inboundUpdateId: id }, "could not record the failure"));
    }
  }

  function schedule(chatKey: string, id: string, update: TZaloUpdate): void {
    const previous = chains.get(chatKey) ?? Promise.resolve();
    const next = previous.then(() => applyOrRecordFailure(id, update));
    chains.set(chatKey, next);
    void next.finally(() => {
      if (chains.get(chatKey) === next) chains.delete(chatKey);
    });
  }

  return {
    async accept(update) {
      const message = update.message;
      if (!message) {
        // No message_id to de-duplicate on and no chat to answer: nothing to keep.
        deps.logger.debug({ event: update.event_name }, "zalo event without message ignored");
        return "ignored";
      }
      const verdict = deps.floodGuard?.check(message.from?.id ?? message.chat.id) ?? "ok";
      if (verdict !== "ok") {
        // A script or an abuser, not a person typing: nothing stored, one polite warning.
        if (verdict === "warn") await deps.warnTooFast?.(message.chat.id).catch((error: unknown) => deps.logger.error({ err: error }, "could not queue the too-fast warning"));
        deps.logger.warn({ verdict }, "zalo sender over the rate limit; update dropped");
        return "limited";
      }
      const stored = await storeInboundUpdate(deps.sql, deps.box, { channel: "zalo", updateKey: message.message_id, payload: update }, deps.clock.now());
      if (stored.isDuplicate) {
        deps.logger.debug({ updateKey: message.message_id }, "zalo duplicate delivery ignored");
        return "duplicate";
      }
      schedule(message.chat.id, stored.id, update);
      return "stored";
    },
    async recover(olderThanMs = 60_000) {
      return recoverInboundUpdates(deps.prisma, deps.box, { channel: "zalo", now: deps.clock.now(), olderThanMs }, async (id, payload) => {
        const update = ZZaloUpdate.parse(payload);
        await apply(id, update).catch((error: unknown) => {
          if (!(error instanceof InboundAlreadyProcessedError)) throw error;
        });
      });
    },
    async drain() {
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
  };
}
