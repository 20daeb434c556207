import type { StaffRole } from "../../prisma/generated/enums.ts";
import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { hashPassword } from "../security/passwords.ts";
import { MIN_PASSWORD_LENGTH } from "./change-own-password.ts";
import type { TStaffDeps } from "./staff-deps.ts";

export interface TStaffUserView {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  unitCode: string;
  unitName: string;
  isActive: boolean;
  isLocked: boolean;
  lastLoginAt: Date | null;
  telegramUserId: string | null;
  apiTokens: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }[];
}

function assertAdmin(actor: TActor) {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN", "Only administrators manage users");
}

/** Every staff account, for the admin's users page and GET /api/users. */
export async function findStaffUsers(actor: TActor, deps: TStaffDeps): Promise<TStaffUserView[]> {
  assertAdmin(actor);
  const now = deps.clock.now();
  const users = await deps.prisma.staffUser.findMany({ orderBy: { username: "asc" }, include: { unit: true, apiTokens: { orderBy: { createdAt: "desc" } } } });
  return users.map((user) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCode: user.unit.code,
    unitName: user.unit.name,
    isActive: user.isActive,
    isLocked: !!user.lockedUntil && user.lockedUntil > now,
    lastLoginAt: user.lastLoginAt,
    telegramUserId: user.telegramUserId,
    apiTokens: user.apiTokens.map(({ id, name, createdAt, lastUsedAt, revokedAt }) => ({ id, name, createdAt, lastUsedAt, revokedAt })),
  }));
}

export interface TCreateStaffUserInput {
  username: string;
  displayName: string;
  role: StaffRole;
  unitCode: string;
  password: string;
}

/** Creates an account; the person must change the password at first sign-in. */
export async function createStaffUser(actor: TActor, input: TCreateStaffUserInput, deps: TStaffDeps): Promise<{ id: string }> {
  assertAdmin(actor);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new AppError("VALIDATION", `At least ${MIN_PASSWORD_LENGTH} characters`, { field: "password" });
  const username = input.username.trim().toLowerCase();
  const now = deps.clock.now();
  const unit = await deps.prisma.unit.findUnique({ where: { code: input.unitCode } });
  if (!unit) throw new AppError("VALIDATION", "Unknown unit", { field: "unitCode" });
  if (await deps.prisma.staffUser.findUnique({ where: { username } })) throw new AppError("CONFLICT", "Username already taken", { field: "username" });
  const passwordHash = await hashPassword(input.password);
  return deps.prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.create({
      data: { username, displayName: input.displayName, role: input.role, unitId: unit.id, passwordHash, mustChangePassword: true, createdAt: now },
    });
    await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "user.create", entityType: "staff", entityId: user.id, details: { username, role: input.role, unit: unit.code } }, now);
    return { id: user.id };
  });
}

export interface TUpdateStaffUserInput {
  displayName?: string;
  role?: StaffRole;
  unitCode?: string;
  isActive?: boolean;
  /** Sets a new password the person must change at next sign-in, and unlocks the account. */
  newPassword?: string;
  /** Telegram user id of an officer who answers from the unit's linked group ("" or null unlinks). */
  telegramUserId?: string | null;
}

/** Changes role, unit, active flag or password. Disabling or resetting ends the user's sessions. */
export async function updateStaffUser(actor: TActor, username: string, input: TUpdateStaffUserInput, deps: TStaffDeps): Promise<void> {
  assertAdmin(actor);
  const now = deps.clock.now();
  const user = await deps.prisma.staffUser.findUnique({ where: { username } });
  if (!user) throw new AppError("NOT_FOUND", "No such user");
  if (user.id === actor.id && (input.isActive === false || (input.role && input.role !== "admin"))) {
    throw new AppError("VALIDATION", "You cannot disable or demote yourself", { field: input.isActive === false ? "isActive" : "role" });
  }
  const unit = input.unitCode ? await deps.prisma.unit.findUnique({ where: { code: input.unitCode } }) : null;
  if (input.unitCode && !unit) throw new AppError("VALIDATION", "Unknown unit", { field: "unitCode" });
  if (input.telegramUserId && !/^\d{1,20}$/.test(input.telegramUserId)) throw new AppError("VALIDATION", "A Telegram user id is a number", { field: "telegramUserId" });
  if (input.telegramUserId && (await deps.prisma.staffUser.findFirst({ where: { telegramUserId: input.telegramUserId, id: { not: user.id } } }))) {
    throw new AppError("CONFLICT", "This Telegram account is linked to another user", { field: "telegramUserId" });
  }
  if (input.newPassword !== undefined && input.newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("VALIDATION", `At least ${MIN_PASSWORD_LENGTH} characters`, { field: "newPassword" });
  }
  const passwordHash = input.newPassword ? await hashPassword(input.newPassword) : undefined;
  await deps.prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: {
        displayName: input.displayName,
        role: input.role,
        unitId: unit?.id,
        isActive: input.isActive,
        telegramUserId: input.telegramUserId === undefined ? undefined : input.telegramUserId || null,
        ...(passwordHash ? { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null } : {}),
      },
    });
    if (input.isActive === false || passwordHash) await tx.staffSession.deleteMany({ where: { userId: user.id } });
    const changed = Object.keys(input).filter((key) => input[key as keyof TUpdateStaffUserInput] !== undefined && key !== "newPassword");
    await recordAudit(
      sqlRunnerOf(tx),
      { actorId: actor.id, actorLabel: actor.username, action: passwordHash ? "user.password_reset" : "user.update", entityType: "staff", entityId: user.id, details: { username, changed, role: input.role, unit: input.unitCode, isActive: input.isActive } },
      now,
    );
  });
}
