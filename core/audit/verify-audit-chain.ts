import type { Db } from "../db/open-database.ts";
import { AUDIT_GENESIS_HASH, auditHash } from "./record-audit.ts";

export interface TAuditChainReport {
  checked: number;
  isIntact: boolean;
  /** The first entry whose hash or link does not match, if any. */
  firstBrokenId: number | null;
}

/** Recomputes the whole chain in id order, in pages, and reports the first broken link. */
export async function verifyAuditChain(db: Db): Promise<TAuditChainReport> {
  let prevHash = AUDIT_GENESIS_HASH;
  let cursor = 0;
  let checked = 0;
  for (;;) {
    const page = await db.auditLog.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: 1000 });
    if (page.length === 0) return { checked, isIntact: true, firstBrokenId: null };
    for (const row of page) {
      const expected = auditHash({ ...row, details: row.details }, prevHash);
      if (row.prevHash !== prevHash || row.hash !== expected) return { checked, isIntact: false, firstBrokenId: row.id };
      prevHash = row.hash;
      cursor = row.id;
      checked += 1;
    }
  }
}
