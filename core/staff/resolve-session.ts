import type { TActor } from "../access/actor.ts";
import type { Db } from "../db/open-database.ts";
import { hashToken, SESSION_LIFETIME_MS } from "./session-token.ts";

export interface TResolvedSession {
  sessionId: string;
  csrfToken: string;
  actor: TActor;
  language: string;
  mustChangePassword: boolean;
}

const TOUCH_AFTER_MS = 5 * 60_000;

/**
 * The session behind a cookie token, or null when it is unknown, expired or its user was
 * disabled. Sliding expiry: an active session is extended at most every five minutes.
 */
export async function resolveSession(prisma: Db, token: string, now: Date): Promise<TResolvedSession | null> {
  const session = await prisma.staffSession.findUnique({ where: { id: hashToken(token) }, include: { user: true } });
  if (!session || session.expiresAt <= now || !session.user.isActive) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await prisma.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) } });
  }
  const user = session.user;
  return {
    sessionId: session.id,
    csrfToken: session.csrfToken,
    language: user.language,
    mustChangePassword: user.mustChangePassword,
    actor: { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId },
  };
}

/** Ends one session (logout). */
export async function endSession(prisma: Db, token: string): Promise<void> {
  await prisma.staffSession.deleteMany({ where: { id: hashToken(token) } });
}
