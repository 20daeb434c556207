import type { SqlRunner } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";

/**
 * Stores a call-back phone number the citizen gave (already normalised to E.164): encrypted, with
 * a keyed hash so the same person can be linked across channels. `isVerified` when it came from
 * the messenger's own "share my number" (it is the account's number), not typed.
 */
export async function setCitizenPhone(
  tx: SqlRunner,
  box: SecretBox,
  input: { citizenId: string; phoneE164: string; isVerified: boolean },
  at: Date,
): Promise<void> {
  await tx.query(`UPDATE "Citizen" SET "phoneEncrypted" = $2, "phoneHash" = $3, "phoneVerifiedAt" = $4, "updatedAt" = $5 WHERE id = $1`, [
    input.citizenId,
    box.encrypt(input.phoneE164),
    box.hash(`phone:${input.phoneE164}`),
    input.isVerified ? at : null,
    at,
  ]);
}
