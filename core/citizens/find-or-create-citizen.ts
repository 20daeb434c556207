import type { Prisma } from "../../prisma/generated/client.ts";
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
  const existing = await tx.citizen.findUnique({ where: { channel_channelUserIdHash: { channel: identity.channel, channelUserIdHash } } });
  if (existing) return existing;
  return tx.citizen.create({
    data: {
      channel: identity.channel,
      channelUserIdHash,
      chatIdEncrypted: box.encrypt(identity.chatId),
      displayNameEnc: identity.displayName ? box.encrypt(identity.displayName) : null,
      language: identity.language === "en" ? "en" : "vi",
      createdAt: at,
    },
  });
}
