import type { SqlRunner } from "../db/sql-runner.ts";

/** Records the citizen's agreement to the privacy notice and/or their language. */
export async function setCitizenPreferences(tx: SqlRunner, citizenId: string, changes: { consentAt?: Date; language?: "vi" | "en" }, at: Date): Promise<void> {
  // COALESCE keeps a column the caller did not mention.
  await tx.query(`UPDATE "Citizen" SET "consentAt" = COALESCE($2, "consentAt"), language = COALESCE($3, language), "updatedAt" = $4 WHERE id = $1`, [
    citizenId,
    changes.consentAt ?? null,
    changes.language ?? null,
    at,
  ]);
}
