import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { retryOutboxMessage } from "../outbox/deliver-outbox.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";

/** Puts a reply whose delivery failed back in the outbox (the "retry" button). */
export async function retryReply(actor: TActor, input: { code: string; messageId: string }, deps: TStaffDeps): Promise<void> {
  const now = deps.clock.now();
  const ticket = await loadScopedTicket(deps.prisma, actor, input.code);
  const outbox = await deps.prisma.outboxMessage.findFirst({ where: { messageId: input.messageId, ticketId: ticket.id, status: "failed" }, orderBy: { createdAt: "desc" } });
  if (!outbox) throw new AppError("NOT_FOUND", "No failed delivery for this message");
  await retryOutboxMessage(deps.prisma, outbox.id, now);
  await deps.prisma.$transaction((tx) =>
    recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "ticket.retry_delivery", entityType: "ticket", entityId: ticket.id, details: { code: ticket.code, messageId: input.messageId } }, now),
  );
  deps.wakeOutbox();
}
