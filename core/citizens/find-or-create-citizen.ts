import { randomUUID } from "node:crypto";
import type { Citizen } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";

export interface TCitizenIdentity {
  channel: Channel;
  /** The channel's user id (Telegram from.id, Zalo from.id). Stored only as a keyed hash. */
  channelUserId: string;
  /** Where answers go. Stored only encrypted. */
  chatId: string;
  displayName?: string | null;
  language?: string | null;
}

export function citizenLookupHash(box: SecretBox, channel: Channel, channelUserId: string): string {
  return box.hash(`citizen:${channel}:${channelUserId}`);
}

/**
 * The citizen behind a chat, created on first contact. Identity fields are encrypted; the row is
 * found again through the keyed hash of the channel user id. A citizen who erased their data and
 * writes again gets a fresh row rather than the erased one back.
 */
export async function findOrCreateCitizen(tx: SqlRunner, box: SecretBox, identity: TCitizenIdentity, at: Date): Promise<Citizen> {
  const channelUserIdHash = citizenLookupHash(box, identity.channel, identity.channelUserId);
  const rows = await tx.query<Citizen>(`SELECT * FROM "Citizen" WHERE channel = $1::"Channel" AND "channelUserIdHash" = $2 LIMIT 1`, [identity.channel, channelUserIdHash]);
  const existing = rows[0];
  if (existing) return existing;
  return createCitizen(tx, box, identity, at);
}

/**
 * A new citizen row for a first contact (callers have looked them up already, e.g. startTurn).
 * Two first messages at once both insert: the second fails on the unique (channel, hash) with
 * SQLSTATE 23505, and handleInboundEvent runs that turn again, finding the row.
 */
export async function createCitizen(tx: SqlRunner, box: SecretBox, identity: TCitizenIdentity, at: Date): Promise<Citizen> {
  const rows = await tx.query<Citizen>(
    `INSERT INTO "Citizen" (id, channel, "channelUserIdHash", "chatIdEncrypted", "displayNameEnc", language, "createdAt", "updatedAt")
     VALUES ($1, $2::"Channel", $3, $4, $5, $6, $7, $7)
     RETURNING *`,
    [
      randomUUID(),
      identity.channel,
      citizenLookupHash(box, identity.channel, identity.channelUserId),
      box.encrypt(identity.chatId),
      identity.displayName ? box.encrypt(identity.displayName) : null,
      identity.language === "en" ? "en" : "vi",
      at,
    ],
  );
  return rows[0]!;
}
