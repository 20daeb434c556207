import { createHash } from "node:crypto";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { TActor } from "../access/actor.ts";
import { actorLabel } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";

/** Fetches a citizen's file from the chat platform it came from (Telegram file id, or a Zalo URL). */
export type TFileFetcher = (channel: Channel, fileRef: string) => Promise<{ bytes: Buffer }>;

export interface TAttachmentContent {
  bytes: Buffer;
  mimeType: string;
  fileName: string | null;
  kind: string;
  sha256: string;
  /** False when the content differs from the hash recorded the first time it was fetched. */
  isSameAsFirstFetch: boolean;
}

/**
 * The content of one attachment of a ticket the actor may see, fetched on demand from the
 * channel (evidence stays on the platform until an officer opens it). The first fetch records the
 * file's SHA-256 as evidence; later fetches are compared with it. Every view is audited.
 */
export async function getAttachmentContent(actor: TActor, code: string, attachmentId: string, deps: TStaffDeps & { fetchFile: TFileFetcher | undefined }): Promise<TAttachmentContent> {
  const ticket = await loadScopedTicket(deps.prisma, actor, code);
  const attachment = await deps.prisma.attachment.findFirst({ where: { id: attachmentId, deletedAt: null, message: { ticketId: ticket.id } } });
  const fileRef = attachment?.channelFileId ?? attachment?.url;
  if (!attachment || !fileRef || attachment.kind === "location" || attachment.kind === "contact") throw new AppError("NOT_FOUND", "No such file");
  if (!deps.fetchFile) throw new AppError("DELIVERY_FAILED", `The ${ticket.channel} channel is not running, so the file cannot be fetched`);
  const { bytes } = await deps.fetchFile(ticket.channel, fileRef);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const isSameAsFirstFetch = attachment.sha256 === null || attachment.sha256 === sha256;
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    if (attachment.sha256 === null) await tx.attachment.update({ where: { id: attachment.id }, data: { sha256, sizeBytes: attachment.sizeBytes ?? bytes.length } });
    await recordAudit(
      sqlRunnerOf(tx),
      { actorId: actor.id, actorLabel: actorLabel(actor), action: "attachment.view", entityType: "ticket", entityId: ticket.id, details: { code: ticket.code, attachmentId, sha256, isSameAsFirstFetch } },
      now,
    );
  });
  return { bytes, mimeType: attachment.mimeType ?? defaultMime(attachment.kind), fileName: attachment.fileName, kind: attachment.kind, sha256, isSameAsFirstFetch };
}

function defaultMime(kind: string): string {
  return { photo: "image/jpeg", voice: "audio/ogg", audio: "audio/mpeg", video: "video/mp4" }[kind] ?? "application/octet-stream";
}
