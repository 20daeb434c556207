import { createHash } from "node:crypto";
import type { Prisma } from "../../prisma/generated/client.ts";

type TTransaction = Prisma.TransactionClient;

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
 */
export async function recordAudit(tx: TTransaction, entry: TAuditEntry, at: Date): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const details = entry.details ?? {};
  const hash = auditHash({ ...entry, details, createdAt: at }, prevHash);
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: details as Prisma.InputJsonValue,
      prevHash,
      hash,
      createdAt: at,
    },
  });
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
