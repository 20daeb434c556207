import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { hashPassword, verifyPassword } from "../security/passwords.ts";
import type { TActor } from "../access/actor.ts";
import { hitRateLimit } from "./hit-rate-limit.ts";
import { generateToken, hashToken, SESSION_LIFETIME_MS } from "./session-token.ts";
import type { TStaffDeps } from "./staff-deps.ts";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
export const LOGIN_RATE_LIMIT = { limit: 30, windowMs: 15 * 60_000 };

export interface TLoginInput {
  username: string;
  password: string;
  /** Client address, for the per-IP rate limit and the audit log. */
  ip: string;
  /** Token of the session the browser already had, if any: it is ended (no session fixation). */
  previousToken?: string | null;
}

export interface TLoginResult {
  /** Goes only into the signed cookie (or the JSON answer); the database keeps its hash. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: TActor;
  mustChangePassword: boolean;
}

let dummyHash: Promise<string> | null = null;

/**
 * Signs a staff member in: per-IP rate limit, lock-out after MAX_FAILED_LOGINS failures for
 * LOCKOUT_MS, then a brand-new session row (a fresh id on every login). Every outcome is audited.
 * Unknown users and wrong passwords get the same answer and take the same time.
 */
export async function loginStaff(input: TLoginInput, deps: TStaffDeps): Promise<TLoginResult> {
  const { prisma, clock } = deps;
  const now = clock.now();
  await hitRateLimit(prisma, { key: `login:ip:${input.ip}`, ...LOGIN_RATE_LIMIT }, now);
  const username = input.username.trim().toLowerCase();
  const user = await prisma.staffUser.findUnique({ where: { username } });
  const audit = (action: string, details: Record<string, unknown>) =>
    prisma.$transaction((tx) =>
      recordAudit(sqlRunnerOf(tx), { actorId: user?.id ?? null, actorLabel: user?.username ?? username.slice(0, 64), action, entityType: "staff", entityId: user?.id ?? null, details: { ip: input.ip, ...details } }, now),
    );

  if (!user || !user.isActive) {
    await verifyPassword(input.password, await (dummyHash ??= hashPassword("timing-equaliser")));
    await audit("auth.login_failed", { reason: user ? "inactive" : "unknown_user" });
    throw new AppError("UNAUTHENTICATED", "Wrong username or password");
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("auth.login_locked", { lockedUntil: user.lockedUntil.toISOString() });
    throw new AppError("ACCOUNT_LOCKED", "Account locked after repeated failures", { details: { lockedUntil: user.lockedUntil.toISOString() } });
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const failures = user.failedLoginCount + 1;
    const isLocking = failures >= MAX_FAILED_LOGINS;
    await prisma.staffUser.update({
      where: { id: user.id },
      data: isLocking ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) } : { failedLoginCount: failures },
    });
    await audit(isLocking ? "auth.lockout" : "auth.login_failed", { reason: "wrong_password", failures });
    throw new AppError(isLocking ? "ACCOUNT_LOCKED" : "UNAUTHENTICATED", isLocking ? "Account locked after repeated failures" : "Wrong username or password");
  }

  const token = generateToken();
  const csrfToken = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await prisma.$transaction(async (tx) => {
    if (input.previousToken) await tx.staffSession.deleteMany({ where: { id: hashToken(input.previousToken) } });
    await tx.staffSession.create({ data: { id: hashToken(token), userId: user.id, csrfToken, expiresAt, createdAt: now, lastSeenAt: now } });
    await tx.staffUser.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    await recordAudit(sqlRunnerOf(tx), { actorId: user.id, actorLabel: user.username, action: "auth.login", entityType: "staff", entityId: user.id, details: { ip: input.ip } }, now);
  });
  return {
    token,
    csrfToken,
    expiresAt,
    mustChangePassword: user.mustChangePassword,
    actor: { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId },
  };
}
