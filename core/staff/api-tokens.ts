import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { generateToken, hashToken } from "./session-token.ts";
import type { TStaffDeps } from "./staff-deps.ts";

export const API_TOKEN_PREFIX = "lnt_";

/** Creates an API token for a user (admins only). The plain token is returned once and never stored. */
export async function createApiToken(admin: TActor, input: { username: string; name: string }, deps: TStaffDeps): Promise<{ id: string; token: string }> {
  if (admin.role !== "admin") throw new AppError("FORBIDDEN", "Only administrators manage API tokens");
  const now = deps.clock.now();
  const user = await deps.prisma.staffUser.findUnique({ where: { username: input.username } });
  if (!user) throw new AppError("NOT_FOUND", "No such user", { field: "username" });
  const token = API_TOKEN_PREFIX + generateToken();
  const row = await deps.prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { userId: user.id, name: input.name, tokenHash: hashToken(token), createdAt: now } });
    await recordAudit(sqlRunnerOf(tx), { actorId: admin.id, actorLabel: admin.username, action: "apitoken.create", entityType: "staff", entityId: user.id, details: { tokenId: created.id, name: input.name } }, now);
    return created;
  });
  return { id: row.id, token };
}

export async function revokeApiToken(admin: TActor, tokenId: string, deps: TStaffDeps): Promise<void> {
  if (admin.role !== "admin") throw new AppError("FORBIDDEN", "Only administrators manage API tokens");
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!row) throw new AppError("NOT_FOUND", "No such token");
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: now } });
    await recordAudit(sqlRunnerOf(tx), { actorId: admin.id, actorLabel: admin.username, action: "apitoken.revoke", entityType: "staff", entityId: row.userId, details: { tokenId } }, now);
  });
}

const TOUCH_AFTER_MS = 60_000;

/** The active user behind a bearer token, or null (unknown, revoked, or user disabled). */
export async function resolveApiToken(deps: Pick<TStaffDeps, "prisma" | "clock">, token: string): Promise<TActor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await deps.prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt || !row.user.isActive) return null;
  const now = deps.clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await deps.prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const user = row.user;
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId };
}
