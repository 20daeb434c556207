import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { hashPassword, verifyPassword } from "../security/passwords.ts";
import type { TStaffDeps } from "./staff-deps.ts";

export const MIN_PASSWORD_LENGTH = 10;

/**
 * A staff member changes their own password (current one required). Every other session of
 * theirs is ended, so a stolen session dies with the old password.
 */
export async function changeOwnPassword(actor: TActor, input: { currentPassword: string; newPassword: string; keepSessionId: string | null }, deps: TStaffDeps): Promise<void> {
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) throw new AppError("VALIDATION", `At least ${MIN_PASSWORD_LENGTH} characters`, { field: "newPassword" });
  const user = await deps.prisma.staffUser.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw new AppError("VALIDATION", "Current password is wrong", { field: "currentPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    await tx.staffSession.deleteMany({ where: { userId: actor.id, ...(input.keepSessionId ? { id: { not: input.keepSessionId } } : {}) } });
    await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "auth.password_change", entityType: "staff", entityId: actor.id }, now);
  });
}
