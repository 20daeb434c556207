import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * Erases a citizen's personal data on request (/xoadulieu): name, phone and the lookup hash of
 * their account are removed and `erasedAt` set, so writing again starts a fresh citizen. Tickets
 * and their messages stay for the record (retention rules), no longer linked to a name or phone.
 * The encrypted chat id is kept only while it is needed to deliver answers to open tickets.
 */
export async function eraseCitizenData(tx: SqlRunner, citizenId: string, at: Date): Promise<void> {
  const erased = await tx.query(
    `UPDATE "Citizen"
        SET "displayNameEnc" = NULL, "phoneEncrypted" = NULL, "phoneHash" = NULL, "phoneVerifiedAt" = NULL, "consentAt" = NULL,
            "newsOptIn" = false, "channelUserIdHash" = $2, "erasedAt" = $3, "updatedAt" = $3
      WHERE id = $1
      RETURNING 1`,
    [citizenId, `erased:${randomUUID()}`, at],
  );
  if (erased.length !== 1) throw new AppError("NOT_FOUND", "citizen not found");
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "citizen.erase", entityType: "citizen", entityId: citizenId }, at);
}
