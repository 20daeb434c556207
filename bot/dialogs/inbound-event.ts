import type { Channel } from "../../prisma/generated/enums.ts";

/** What the citizen sent, as every channel reports it to the dialogs. */
export type TInboundKind =
  | "text"
  | "command"
  | "choice"
  | "photo"
  | "video"
  | "voice"
  | "audio"
  | "document"
  | "location"
  | "contact"
  | "sticker"
  | "unsupported";

export interface TInboundFile {
  fileId: string;
  /** Where the content can be fetched, for channels that send files by URL (Zalo images, voice). */
  url?: string | null;
  mimeType?: string | null;
  size?: number | null;
  name?: string | null;
}

/**
 * One normalised incoming event. Channels translate their updates into this (Telegram: message,
 * callback query, edited message; Zalo: its events) and the dialogs never see channel types.
 */
export interface TInboundEvent {
  channel: Channel;
  /** Where answers go (Telegram chat id). */
  chatId: string;
  /** The channel's account id of the sender; stored only as a keyed hash. */
  userId: string;
  displayName?: string | null;
  /** The messenger's interface language ("vi", "en-US"), used for a new citizen. */
  languageCode?: string | null;
  kind: TInboundKind;
  /** Text, caption of a file, or the arguments of a command. */
  text?: string;
  /** Command name without the slash, lower case ("tracuu"). */
  command?: string;
  /** Value of the chosen button. */
  choiceValue?: string;
  file?: TInboundFile;
  location?: { latitude: number; longitude: number };
  /** A shared contact card; `isOwn` when it is the sender's own number (Telegram's share button). */
  contact?: { phone: string; name?: string | null; isOwn: boolean };
  isForwarded?: boolean;
  isEdit?: boolean;
  /** The channel's id of the message, kept on the stored Message. */
  channelMessageId?: string | null;
}

/** The kinds that carry evidence a citizen can add to a report or a ticket. */
export const EVIDENCE_KINDS = ["photo", "video", "voice", "audio", "document", "location", "contact"] as const;
export type TEvidenceKind = (typeof EVIDENCE_KINDS)[number];

export function isEvidence(event: TInboundEvent): event is TInboundEvent & { kind: TEvidenceKind } {
  return (EVIDENCE_KINDS as readonly string[]).includes(event.kind);
}
