import { randomUUID } from "node:crypto";
import type { Prisma } from "../../prisma/generated/client.ts";
import { recordAudit } from "../audit/record-audit.ts";

/**
 * Erases a citizen's personal data on request (/xoadulieu): name, phone and the lookup hash of
 * their account are removed and `erasedAt` set, so writing again starts a fresh citizen. Tickets
 * and their messages stay for the record (retention rules), no longer linked to a name or phone.
 * The encrypted chat id is kept only while it is needed to deliver answers to open tickets.
 */
export async function eraseCitizenData(tx: Prisma.TransactionClient, citizenId: string, at: Date): Promise<void> {
  await tx.citizen.update({
    where: { id: citizenId },
    data: {
      displayNameEnc: null,
      phoneEncrypted: null,
      phoneHash: null,
      phoneVerifiedAt: null,
      consentAt: null,
      newsOptIn: false,
      channelUserIdHash: `erased:${randomUUID()}`,
      erasedAt: at,
      updatedAt: at,
    },
  });
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "citizen.erase", entityType: "citizen", entityId: citizenId }, at);
}
