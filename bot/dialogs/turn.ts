import type { Citizen } from "../../prisma/generated/client.ts";
import type { Logger } from "../../core/config/logger.ts";
import type { Db } from "../../core/db/open-database.ts";
import type { SqlExecutor } from "../../core/db/sql-executor.ts";
import type { SqlRunner } from "../../core/db/sql-runner.ts";
import type { TChoice, TOutgoingPayload } from "../../core/outbox/outbox-types.ts";
import type { SecretBox } from "../../core/security/secret-box.ts";
import { addCitizenMessage, type TCitizenAttachment } from "../../core/tickets/add-citizen-message.ts";
import type { Clock } from "../../core/time/clock.ts";
import type { ServiceUnderstanding } from "../../core/understanding/index.ts";
import type { TLanguage, TTranslate, createTranslator } from "../../locales/translator.ts";
import type { TDialogState } from "./dialog-state.ts";
import type { TInboundEvent } from "./inbound-event.ts";
import type { TUnderstanding, TUnderstandingResources } from "./understanding-resources.ts";

/** What the dialog engine needs from the composition root. */
export interface TDialogDeps {
  /** For what runs outside a turn: the caches' loads, the rating sweep, urgent-ticket posts. */
  prisma: Db;
  /** The turn's own SQL transaction (no Prisma on the citizen's per-message path). */
  sql: SqlExecutor;
  box: SecretBox;
  clock: Clock;
  logger: Logger;
  translator: ReturnType<typeof createTranslator>;
  resources: TUnderstandingResources;
  /** Ask the outbox to deliver now (after a turn queued answers). */
  wakeOutbox: () => void;
}

/**
 * One citizen event being handled inside one transaction: who, what, the dialog state to change
 * and the answers to queue. Step handlers read and change it; the engine saves it.
 */
export interface TTurn {
  event: TInboundEvent;
  /** The turn's transaction: every read and write of the turn goes through it. */
  tx: SqlRunner;
  deps: TDialogDeps;
  understanding: TUnderstanding;
  citizen: Citizen;
  state: TDialogState;
  language: TLanguage;
  t: TTranslate;
  now: Date;
  replies: TOutgoingPayload[];
  /** Set by the erase flow: the chat's state is deleted instead of saved. */
  isErased: boolean;
  /** Set when this turn opened an urgent ticket: it is posted to the unit's group right after commit. */
  hasUrgentTicket?: boolean;
  /** Texts the understanding service (the model, when configured) read before the transaction; see understand-text.ts. */
  understood?: ReadonlyMap<string, ServiceUnderstanding>;
  /** Whether a step may still stop the turn to have a new text read by the model (bounded per event). */
  mayAskModel?: boolean;
}

export function languageOf(value: string | null | undefined): TLanguage {
  return value?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** Queues an answer: a text, optionally with buttons or a phone/location request. */
export function say(turn: TTurn, text: string, extra: Omit<TOutgoingPayload, "text"> = {}): void {
  turn.replies.push({ text, ...extra });
}

/** Queues a localised text with buttons given as [value, locale key or label]. */
export function ask(turn: TTurn, key: string, choices: TChoice[], extra: Omit<TOutgoingPayload, "text" | "choices"> = {}, args?: Record<string, string | number>): void {
  say(turn, turn.t(key, args), { choices, ...extra });
}

export function choice(turn: TTurn, value: string, key: string, args?: Record<string, string | number>): TChoice {
  return { value, label: turn.t(key, args) };
}

/** The citizen's text as stored: forwarded messages are marked so officers read them as evidence. */
export function storedText(turn: TTurn): string {
  const text = turn.event.text ?? "";
  return turn.event.isForwarded ? `${turn.t("bot-forwarded-prefix")} ${text}` : text;
}

/** The attachment the event carries (a file, a place, a contact card), if any. */
export function attachmentOf(event: TInboundEvent): TCitizenAttachment | null {
  if (event.kind === "location" && event.location) {
    return { kind: "location", url: `geo:${event.location.latitude},${event.location.longitude}` };
  }
  if (event.kind === "contact" && event.contact) {
    return { kind: "contact", url: `tel:${event.contact.phone}`, fileName: event.contact.name ?? null };
  }
  if (!event.file) return null;
  const kind = event.kind === "photo" || event.kind === "video" || event.kind === "voice" || event.kind === "audio" ? event.kind : "document";
  // A file that came by URL is kept by its URL; a Telegram file by its file_id.
  const source = event.file.url ? { url: event.file.url } : { channelFileId: event.file.fileId };
  return { kind, ...source, mimeType: event.file.mimeType ?? null, fileName: event.file.name ?? null, sizeBytes: event.file.size ?? null };
}

/** Stores what the citizen just sent (text and/or attachment) as a Message, optionally on a ticket. */
export async function storeCitizenMessage(turn: TTurn, ticketId: string | null): Promise<string> {
  const attachment = attachmentOf(turn.event);
  const text = attachment?.kind === "contact" ? `${turn.event.contact?.name ?? ""} ${turn.event.contact?.phone ?? ""}`.trim() : storedText(turn);
  const message = await addCitizenMessage(
    turn.tx,
    { citizenId: turn.citizen.id, ticketId, text, channelMessageId: turn.event.channelMessageId ?? null, attachments: attachment ? [attachment] : [] },
    turn.now,
  );
  return message.id;
}

/** Category name in the citizen's language. */
export function categoryName(turn: TTurn, code: string): string {
  const names = turn.understanding.categoryNames.get(code);
  return names ? names[turn.language] : code;
}
