import type { Citizen, Prisma } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
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
export async function findOrCreateCitizen(tx: Prisma.TransactionClient, box: SecretBox, identity: TCitizenIdentity, at: Date) {
  const channelUserIdHash = citizenLookupHash(box, identity.channel, identity.channelUserId);
  // Raw: this runs on every incoming message, and a raw select costs a third of a model query.
  const rows = await tx.$queryRaw<Citizen[]>`
    SELECT * FROM "Citizen" WHERE channel = ${identity.channel}::"Channel" AND "channelUserIdHash" = ${channelUserIdHash} LIMIT 1`;
  const existing = rows[0];
  if (existing) return existing;
  return createCitizen(tx, box, identity, at);
}

/** A new citizen row for a first contact (callers have looked them up already, e.g. startTurn). */
export async function createCitizen(tx: Prisma.TransactionClient, box: SecretBox, identity: TCitizenIdentity, at: Date): Promise<Citizen> {
  return tx.citizen.create({
    data: {
      channel: identity.channel,
      channelUserIdHash: citizenLookupHash(box, identity.channel, identity.channelUserId),
      chatIdEncrypted: box.encrypt(identity.chatId),
      displayNameEnc: identity.displayName ? box.encrypt(identity.displayName) : null,
      language: identity.language === "en" ? "en" : "vi",
      createdAt: at,
    },
  });
}
