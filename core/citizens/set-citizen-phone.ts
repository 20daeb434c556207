import type { Prisma } from "../../prisma/generated/client.ts";
import type { SecretBox } from "../security/secret-box.ts";

/**
 * Stores a call-back phone number the citizen gave (already normalised to E.164): encrypted, with
 * a keyed hash so the same person can be linked across channels. `isVerified` when it came from
 * the messenger's own "share my number" (it is the account's number), not typed.
 */
export async function setCitizenPhone(
  tx: Prisma.TransactionClient,
  box: SecretBox,
  input: { citizenId: string; phoneE164: string; isVerified: boolean },
  at: Date,
): Promise<void> {
  await tx.citizen.update({
    where: { id: input.citizenId },
    data: {
      phoneEncrypted: box.encrypt(input.phoneE164),
      phoneHash: box.hash(`phone:${input.phoneE164}`),
      phoneVerifiedAt: input.isVerified ? at : null,
      updatedAt: at,
    },
  });
}
