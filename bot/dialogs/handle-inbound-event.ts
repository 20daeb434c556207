import { announceNewTickets } from "../../core/sla/announce-new-tickets.ts";
import { bindReferenceData } from "../../core/cache/reference-data.ts";
import { createCitizen } from "../../core/citizens/find-or-create-citizen.ts";
import { chatSessionKey, deleteChatSession } from "../../core/conversations/chat-session-store.ts";
import { endTurn, startTurn } from "../../core/conversations/turn-storage.ts";
import { sqlStateOf } from "../../core/db/sql-runner.ts";
import { markInboundProcessed } from "../../core/inbound/mark-inbound-update.ts";
import { enqueueOutbox } from "../../core/outbox/enqueue-outbox.ts";
import type { TOutgoingPayload } from "../../core/outbox/outbox-types.ts";
import { understandMessage, type ServiceUnderstanding } from "../../core/understanding/index.ts";
import { parseDialogState } from "./dialog-state.ts";
import type { TInboundEvent } from "./inbound-event.ts";
import { runTurn } from "./run-turn.ts";
import { ModelUnderstandingNeeded } from "./understand-text.ts";
import { languageOf, type TDialogDeps, type TTurn } from "./turn.ts";

export interface THandledEvent {
  /** How many answers were queued in the outbox. */
  queued: number;
}

/**
 * Handles one citizen event in one transaction (our own SQL transaction, no Prisma: see
 * ARCHITECTURE.md, "The chat turn is plain SQL"): finds (or creates) the citizen, locks and loads
 * the chat's dialog state, runs the dialog (which stores the citizen's message first), queues the
 * answers in the outbox, saves the state and — when `inboundId` is given — marks the stored inbound
 * update processed. Either all of it commits or none of it does, so a redelivered or replayed
 * update never makes a second ticket or message. Wakes the outbox after commit.
 *
 * When the optional model is configured and a step needs a free text understood, the turn is rolled
 * back, the model asked with nothing held open (its time limit and fallback are the understanding
 * service's), and the turn run again with the answer (see understand-text.ts).
 */
export async function handleInboundEvent(deps: TDialogDeps, event: TInboundEvent, options: { inboundId?: string } = {}): Promise<THandledEvent> {
  const understood = new Map<string, ServiceUnderstanding>();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await handleOnce(deps, event, options, understood);
    } catch (error) {
      // A step needs the model's reading of a text: ask outside any transaction, then run the turn again.
      if (error instanceof ModelUnderstandingNeeded && !understood.has(error.text)) {
        understood.set(error.text, await understandOutsideTransaction(deps, event, error.text));
        attempt -= 1;
        continue;
      }
      // Two first messages of a new citizen at once both try to create them: run again, once.
      if (attempt >= 3 || !isRetryableConflict(error)) throw error;
    }
  }
}

/**
 * A turn's statements take milliseconds; one still running (or waiting for a lock) after this is
 * stuck: PostgreSQL cancels it, the turn rolls back and the stored update is replayed later.
 */
const TURN_STATEMENT_TIMEOUT_MS = 20_000;

/** A turn reads at most one new text; the classify-again step may add the one it stored earlier. */
const MAX_MODEL_TEXTS_PER_TURN = 2;

/**
 * The understanding service's answer for a text (the model within its time limit, else the
 * baseline — the service never throws for a model failure). Runs with no transaction open, so a
 * slow model never holds PGlite's single connection or a row lock.
 */
async function understandOutsideTransaction(deps: TDialogDeps, event: TInboundEvent, text: string): Promise<ServiceUnderstanding> {
  const { service, gazetteer, faqIndex } = await deps.resources.get();
  try {
    return await service.understand(text, { channel: event.channel });
  } catch (error) {
    deps.logger.warn({ err: error }, "understanding service failed; baseline classification used");
    return understandMessage(text, { gazetteer, faqIndex });
  }
}

/** Unique-key races (23505), serialisation failures (40001) and deadlocks (40P01) succeed when run again. */
function isRetryableConflict(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === "23505" || state === "40001" || state === "40P01";
}

async function handleOnce(
  deps: TDialogDeps,
  event: TInboundEvent,
  options: { inboundId?: string },
  understood: ReadonlyMap<string, ServiceUnderstanding>,
): Promise<THandledEvent> {
  // Both read outside the transaction, from in-process caches: nothing here holds a connection.
  const [understanding, referenceData] = await Promise.all([deps.resources.get(), deps.resources.referenceData()]);
  const queued = await deps.sql.transaction(async (tx) => {
    bindReferenceData(tx, referenceData);
    const now = deps.clock.now();
    const identity = { channel: event.channel, channelUserId: event.userId, chatId: event.chatId, displayName: event.displayName ?? null, language: languageOf(event.languageCode) };
    const key = chatSessionKey(deps.box, event.channel, event.chatId);
    const started = await startTurn(tx, deps.box, { sessionKey: key, channel: event.channel, channelUserId: event.userId }, now);
    const citizen = started.citizen ?? (await createCitizen(tx, deps.box, identity, now));
    const state = parseDialogState(started.sessionData);
    const language = languageOf(citizen.language);
    const turn: TTurn = { event, tx, deps, understanding, citizen, state, language, t: deps.translator.t(language), now, replies: [], isErased: false, understood, mayAskModel: understood.size < MAX_MODEL_TEXTS_PER_TURN };
    await runTurn(turn);
    const replies = mergeReplies(turn.replies);
    // The buttons of the last answer are the ones on screen: their labels typed back select them.
    if (replies.length > 0) state.choices = replies.at(-1)?.choices ?? [];
    if (turn.isErased) {
      // Rare: the state row goes, so the answers and the processed mark are written one by one.
      for (const [index, payload] of replies.entries()) {
        await enqueueOutbox(tx, deps.box, { channel: event.channel, chatId: event.chatId, payload, citizenId: null }, new Date(now.getTime() + index));
      }
      await deleteChatSession(tx, key);
      if (options.inboundId) await markInboundProcessed(tx, options.inboundId, now);
    } else {
      await endTurn(
        tx,
        deps.box,
        { channel: event.channel, chatId: event.chatId, citizenId: citizen.id, replies, sessionKey: key, state, ...(options.inboundId && { inboundId: options.inboundId }) },
        now,
      );
    }
    return { count: replies.length, hasUrgentTicket: turn.hasUrgentTicket === true };
  }, { statementTimeoutMs: TURN_STATEMENT_TIMEOUT_MS });
  // Danger to life cannot wait for the next SLA sweep: post the urgent ticket to its unit's group now
  // (announcing is claimed once per ticket, so the sweep will not post it again).
  if (queued.hasUrgentTicket) {
    await announceNewTickets({ prisma: deps.prisma, box: deps.box, groupText: (language) => deps.translator.t(language) }, deps.clock.now()).catch((error: unknown) =>
      deps.logger.error({ err: error }, "posting an urgent ticket to its unit's group failed; the SLA sweep will retry"),
    );
  }
  if (queued.count > 0 || queued.hasUrgentTicket) deps.wakeOutbox();
  return { queued: queued.count };
}

/**
 * Joins answers that carry no buttons into the next one ("Thanks." + menu → one message): fewer
 * messages for the citizen to read and for Telegram's per-chat rate limit.
 */
export function mergeReplies(replies: readonly TOutgoingPayload[]): TOutgoingPayload[] {
  const merged: TOutgoingPayload[] = [];
  for (const reply of replies) {
    const previous = merged.at(-1);
    const isPlain = previous && !previous.choices?.length && !previous.requestPhone && !previous.requestLocation && !previous.url;
    if (previous && isPlain) merged[merged.length - 1] = { ...reply, text: `${previous.text}\n\n${reply.text}` };
    else merged.push(reply);
  }
  return merged;
}
