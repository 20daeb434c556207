import type { TActor } from "../../core/access/actor.ts";
import { recordAudit } from "../../core/audit/record-audit.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { invalidateReferenceData } from "../../core/cache/reference-data.ts";
import type { Db } from "../../core/db/open-database.ts";

/**
 * Audits one change made on a management page (units, categories, rules, FAQ, replies, holidays).
 * Every such change passes here, so this is also where the bots' cached copy of that data is
 * dropped (core/cache/reference-data.ts): the next ticket is routed by the new rules.
 */
export async function auditConfigChange(prisma: Db, actor: TActor, change: { action: string; entityType: string; entityId: string | null; details?: Record<string, unknown> }, at: Date) {
  invalidateReferenceData();
  await prisma.$transaction((tx) => recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, ...change }, at));
}

/** Comma- or newline-separated text → trimmed, non-empty list. */
export function listOf(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
