import { createHash } from "node:crypto";
import type { SqlRunner } from "../db/sql-runner.ts";

export interface TAuditEntry {
  actorId: string | null;
  /** Who, in words that survive the user's deletion: "admin", "citizen", "system". */
  actorLabel: string;
  /** e.g. auth.login, ticket.view, ticket.reply, ticket.transfer, export.csv, identity.reveal */
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Serialises writers of the chain across connections and instances for one transaction. */
const AUDIT_CHAIN_LOCK = 4242001;
export const AUDIT_GENESIS_HASH = "0".repeat(64);

/**
 * Appends an entry to the tamper-evident audit log inside the caller's transaction, so the audit
 * row exists exactly when the change it describes does. Each hash covers the entry and the
 * previous hash; editing or deleting any row breaks every later hash (see verifyAuditChain).
 * Callers inside a Prisma transaction pass `sqlRunnerOf(tx)`.
 */
export async function recordAudit(tx: SqlRunner, entry: TAuditEntry, at: Date): Promise<void> {
  await tx.query(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  // A statement of its own after the lock: a statement's snapshot is taken when it starts, so a
  // read in the locking statement would miss an entry committed while it waited for the lock.
  const [last] = await tx.query<{ hash: string }>(`SELECT hash FROM "AuditLog" ORDER BY id DESC LIMIT 1`);
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const details = entry.details ?? {};
  const hash = auditHash({ ...entry, details, createdAt: at }, prevHash);
  await tx.query(
    `INSERT INTO "AuditLog" ("actorId", "actorLabel", action, "entityType", "entityId", details, "prevHash", hash, "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)`,
    [entry.actorId, entry.actorLabel, entry.action, entry.entityType, entry.entityId, JSON.stringify(details), prevHash, hash, at],
  );
}

export function auditHash(
  entry: Omit<TAuditEntry, "details"> & { details: unknown; createdAt: Date },
  prevHash: string,
): string {
  const canonical = JSON.stringify([
    prevHash,
    entry.createdAt.toISOString(),
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.entityType,
    entry.entityId,
    canonicalJson(entry.details),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** JSON with sorted keys, so a jsonb round trip (which reorders keys) does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
