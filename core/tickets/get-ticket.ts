import type { Channel, DeliveryStatus, MessageDirection, TicketKind, TicketStatus } from "../../prisma/generated/enums.ts";
import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";

export interface TTicketMessageView {
  id: string;
  direction: MessageDirection;
  text: string;
  authorName: string | null;
  deliveryStatus: DeliveryStatus;
  deliveryError: string | null;
  createdAt: Date;
  attachments: { id: string; kind: string; mimeType: string | null; fileName: string | null; sizeBytes: number | null; sha256: string | null }[];
}

export interface TTicketEventView {
  type: string;
  actorName: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface TRevealRequestView {
  id: string;
  requestedByName: string;
  requestedById: string;
  reason: string;
  status: string;
  decidedByName: string | null;
  decisionNote: string | null;
  createdAt: Date;
}

export interface TTicketDetail {
  id: string;
  code: string;
  kind: TicketKind;
  status: TicketStatus;
  channel: Channel;
  summary: string;
  category: { code: string; nameVi: string; nameEn: string };
  unit: { code: string; name: string };
  assignee: { username: string; displayName: string } | null;
  isUrgent: boolean;
  isAnonymous: boolean;
  isSpam: boolean;
  locationText: string | null;
  wardName: string | null;
  firstResponseDueAt: Date | null;
  dueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rejectionReason: string | null;
  satisfactionRating: number | null;
  createdAt: Date;
  mergedIntoCode: string | null;
  mergedFromCodes: string[];
  hasCitizen: boolean;
  isCitizenBlocked: boolean;
  /**
   * Who wrote: only for non-anonymous tickets, or for the requester of an approved reveal
   * (that view is audited as identity.reveal). Never the chat id.
   */
  identity: { displayName: string | null; phone: string | null } | null;
  messages: TTicketMessageView[];
  events: TTicketEventView[];
  revealRequests: TRevealRequestView[];
}

/**
 * One ticket for the ticket page and GET /api/tickets/:code. NOT_FOUND when outside the actor's
 * scope. Every view of a tip is audited, and so is every view that shows an anonymous sender.
 */
export async function getTicket(actor: TActor, code: string, deps: TStaffDeps): Promise<TTicketDetail> {
  const { prisma, clock, box } = deps;
  const scoped = await loadScopedTicket(prisma, actor, code);
  const ticket = await prisma.ticket.findUniqueOrThrow({
    where: { id: scoped.id },
    include: {
      category: true,
      unit: true,
      assignee: true,
      ward: true,
      citizen: true,
      mergedInto: { select: { code: true } },
      mergedFrom: { select: { code: true } },
      messages: { orderBy: { createdAt: "asc" }, include: { author: { select: { displayName: true } }, attachments: { where: { deletedAt: null } } } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { displayName: true } } } },
      revealRequests: { orderBy: { createdAt: "asc" } },
    },
  });
  const staffIds = [...new Set(ticket.revealRequests.flatMap((request) => [request.requestedById, request.decidedById].filter((id): id is string => !!id)))];
  const staff = staffIds.length ? await prisma.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } }) : [];
  const nameOf = (id: string | null) => (id ? staff.find((person) => person.id === id)?.displayName ?? null : null);

  const hasApprovedReveal = ticket.revealRequests.some((request) => request.status === "approved" && request.requestedById === actor.id);
  const isIdentityShown = !!ticket.citizen && !ticket.citizen.erasedAt && (!ticket.isAnonymous || hasApprovedReveal);
  const identity = isIdentityShown ? readIdentity(box, ticket.citizen!) : null;

  if (ticket.kind === "tip" || (ticket.isAnonymous && identity)) {
    const now = clock.now();
    await prisma.$transaction(async (tx) => {
      if (ticket.kind === "tip") {
        await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "ticket.view", entityType: "ticket", entityId: ticket.id, details: { code: ticket.code } }, now);
      }
      if (ticket.isAnonymous && identity) {
        await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "identity.reveal", entityType: "ticket", entityId: ticket.id, details: { code: ticket.code } }, now);
      }
    });
  }

  return {
    id: ticket.id,
    code: ticket.code,
    kind: ticket.kind,
    status: ticket.status,
    channel: ticket.channel,
    summary: ticket.summary,
    category: { code: ticket.category.code, nameVi: ticket.category.nameVi, nameEn: ticket.category.nameEn },
    unit: { code: ticket.unit.code, name: ticket.unit.name },
    assignee: ticket.assignee ? { username: ticket.assignee.username, displayName: ticket.assignee.displayName } : null,
    isUrgent: ticket.isUrgent,
    isAnonymous: ticket.isAnonymous,
    isSpam: ticket.isSpam,
    locationText: ticket.locationText,
    wardName: ticket.ward?.name ?? null,
    firstResponseDueAt: ticket.firstResponseDueAt,
    dueAt: ticket.dueAt,
    firstRespondedAt: ticket.firstRespondedAt,
    resolvedAt: ticket.resolvedAt,
    closedAt: ticket.closedAt,
    rejectionReason: ticket.rejectionReason,
    satisfactionRating: ticket.satisfactionRating,
    createdAt: ticket.createdAt,
    mergedIntoCode: ticket.mergedInto?.code ?? null,
    mergedFromCodes: ticket.mergedFrom.map((other) => other.code),
    hasCitizen: !!ticket.citizen && !ticket.citizen.erasedAt,
    isCitizenBlocked: ticket.citizen?.isBlocked ?? false,
    identity,
    messages: ticket.messages.map((message) => ({
      id: message.id,
      direction: message.direction,
      text: message.text,
      authorName: message.author?.displayName ?? null,
      deliveryStatus: message.deliveryStatus,
      deliveryError: message.deliveryError,
      createdAt: message.createdAt,
      attachments: message.attachments.map(({ id, kind, mimeType, fileName, sizeBytes, sha256 }) => ({ id, kind, mimeType, fileName, sizeBytes, sha256 })),
    })),
    events: ticket.events.map((event) => ({
      type: event.type,
      actorName: event.actor?.displayName ?? null,
      data: (event.data ?? {}) as Record<string, unknown>,
      createdAt: event.createdAt,
    })),
    revealRequests: ticket.revealRequests.map((request) => ({
      id: request.id,
      requestedById: request.requestedById,
      requestedByName: nameOf(request.requestedById) ?? "?",
      reason: request.reason,
      status: request.status,
      decidedByName: nameOf(request.decidedById),
      decisionNote: request.decisionNote,
      createdAt: request.createdAt,
    })),
  };
}

function readIdentity(box: SecretBox, citizen: { displayNameEnc: string | null; phoneEncrypted: string | null }) {
  const open = (sealed: string | null) => {
    if (!sealed) return null;
    try {
      return box.decrypt(sealed);
    } catch {
      return null;
    }
  };
  return { displayName: open(citizen.displayNameEnc), phone: open(citizen.phoneEncrypted) };
}
