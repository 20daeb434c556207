import type { Prisma } from "../../prisma/generated/client.ts";

/** Records the citizen's agreement to the privacy notice and/or their language. */
export async function setCitizenPreferences(
  tx: Prisma.TransactionClient,
  citizenId: string,
  changes: { consentAt?: Date; language?: "vi" | "en" },
  at: Date,
): Promise<void> {
  await tx.citizen.update({ where: { id: citizenId }, data: { ...changes, updatedAt: at } });
}
