import { Prisma } from "../../prisma/generated/client.ts";
import type { Logger } from "../config/logger.ts";
import type { Db } from "../db/open-database.ts";
import { enqueueOutbox } from "../outbox/enqueue-outbox.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";
import type { Clock } from "../time/clock.ts";
import { refreshStatRollup } from "../stats/refresh-stat-rollup.ts";
import { announceNewTickets } from "./announce-new-tickets.ts";
import { autoCloseResolvedTickets } from "./auto-close-resolved-tickets.ts";
import { formatReminderForGroup, groupTextFor, type TGroupText } from "./reminder-text.ts";
import { loadSlaSettings } from "./sla-settings.ts";
import { completedPauseMs, dueReminderKinds, escalationLevelOf, type TReminderKind } from "./sla-progress.ts";

export interface TSlaSweepDeps {
  prisma: Db;
  clock: Clock;
  box: SecretBox;
  /** Deliver the queued group messages now rather than at the next outbox tick. */
  wakeOutbox?: () => void;
  logger?: Pick<Logger, "info" | "warn" | "error">;
  /** PUBLIC_URL, for links to the panel in group posts. */
  panelUrl?: string;
  /** Translators for the group posts (each unit's Unit.groupLanguage). */
  groupText: TGroupText;
}

export interface TSlaSweepReport {
  remindersSent: number;
  byKind: Record<string, number>;
  autoClosed: number;
}

const PAGE_SIZE = 500;

interface TUnitRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  notifyTelegramChatId: string | null;
  groupLanguage: string;
}

/**
 * One pass of the deadline watch; run it every minute or so from any number of instances.
 *
 * For each open ticket that has used half its time (pauses excluded) it sends what is due and not
 * yet sent: 50% and 80% reminders to the assignee (or the unit when nobody is assigned), at 100%
 * the unit's leaders are told and the ticket is marked overdue (event "sla"), then every
 * `sla.escalationDelayHours` the leaders of the next unit up. A first answer that is late is
 * flagged too. Each reminder is one transaction that first claims its (ticketId, kind) row in
 * TicketReminder: a reminder is sent once whatever the number of sweepers, and one that fails is
 * simply claimed again by the next sweep. Finally resolved tickets nobody rated are auto-closed
 * and the days of the dashboard rollup that tickets changed are rebuilt.
 */
export async function runSlaSweep(deps: TSlaSweepDeps): Promise<TSlaSweepReport> {
  const now = deps.clock.now();
  const settings = await loadSlaSettings(deps.prisma);
  const units = await deps.prisma.unit.findMany({ select: { id: true, code: true, name: true, parentId: true, notifyTelegramChatId: true, groupLanguage: true } });
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const report: TSlaSweepReport = { remindersSent: 0, byKind: {}, autoClosed: 0 };
  const count = (kind: string) => {
    report.remindersSent += 1;
    report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
  };

  let after = "";
  for (;;) {
    const ids = await deps.prisma.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Ticket" t
      WHERE t.status IN ('new', 'in_progress') AND t."mergedIntoId" IS NULL AND t.id > ${after}
        AND (
          (t."dueAt" IS NOT NULL AND t."createdAt" + (t."dueAt" - t."createdAt") * 0.5 <= ${now})
          OR (t."firstRespondedAt" IS NULL AND t."firstResponseDueAt" <= ${now}
              AND NOT EXISTS (SELECT 1 FROM "TicketReminder" r WHERE r."ticketId" = t.id AND r.kind = 'first_response'))
        )
      ORDER BY t.id LIMIT ${PAGE_SIZE}`;
    if (ids.length === 0) break;
    after = ids[ids.length - 1]!.id;
    await processPage(deps, ids.map((row) => row.id), { now, settings, unitById, count });
    if (ids.length < PAGE_SIZE) break;
  }

  const announced = await announceNewTickets(deps, now);
  for (let index = 0; index < announced; index += 1) count("announced");
  report.autoClosed = await autoCloseResolvedTickets(deps, settings.autoCloseDays, now);
  // Keep the dashboard rollup current, so a leader's first view does not pay for the rebuild.
  await refreshStatRollup(deps.prisma).catch((error: unknown) => deps.logger?.error({ err: error }, "dashboard rollup refresh failed"));
  if (report.remindersSent > 0) deps.wakeOutbox?.();
  if (report.remindersSent > 0 || report.autoClosed > 0) deps.logger?.info({ ...report }, "sla sweep");
  return report;
}

interface TPageContext {
  now: Date;
  settings: Awaited<ReturnType<typeof loadSlaSettings>>;
  unitById: Map<string, TUnitRow>;
  count: (kind: string) => void;
}

async function processPage(deps: TSlaSweepDeps, ticketIds: string[], context: TPageContext) {
  const [tickets, sent, statusEvents] = await Promise.all([
    deps.prisma.ticket.findMany({
      where: { id: { in: ticketIds } },
      select: { id: true, unitId: true, createdAt: true, dueAt: true, pausedAt: true, firstRespondedAt: true, firstResponseDueAt: true },
    }),
    deps.prisma.ticketReminder.findMany({ where: { ticketId: { in: ticketIds } }, select: { ticketId: true, kind: true } }),
    deps.prisma.ticketEvent.findMany({ where: { ticketId: { in: ticketIds }, type: "status" }, select: { ticketId: true, data: true, createdAt: true } }),
  ]);
  for (const ticket of tickets) {
    const already = new Set(sent.filter((row) => row.ticketId === ticket.id).map((row) => row.kind));
    const kinds: TReminderKind[] = [];
    if (!ticket.firstRespondedAt && ticket.firstResponseDueAt && ticket.firstResponseDueAt <= context.now) kinds.push("first_response");
    if (ticket.dueAt) {
      const changes = statusEvents
        .filter((event) => event.ticketId === ticket.id)
        .map((event) => {
          const data = (event.data ?? {}) as { from?: unknown; to?: unknown };
          return { from: String(data.from ?? ""), to: String(data.to ?? ""), at: event.createdAt };
        });
      const slaTicket = { createdAt: ticket.createdAt, dueAt: ticket.dueAt, pausedAt: ticket.pausedAt, pausedMs: completedPauseMs(changes) };
      kinds.push(...dueReminderKinds(slaTicket, context.now, context.settings, unitAncestors(ticket.unitId, context.unitById).length));
    }
    for (const kind of kinds.filter((candidate) => !already.has(candidate))) {
      try {
        if (await sendReminder(deps, ticket.id, kind, context)) context.count(kind);
      } catch (error) {
        // Nothing was committed for this reminder: the next sweep tries again.
        deps.logger?.error({ err: error, ticketId: ticket.id, kind }, "sla reminder failed");
      }
    }
  }
}

/** Units above a unit, nearest first. */
function unitAncestors(unitId: string, unitById: Map<string, TUnitRow>): TUnitRow[] {
  const result: TUnitRow[] = [];
  let current = unitById.get(unitId)?.parentId ?? null;
  while (current && result.length < 50) {
    const unit = unitById.get(current);
    if (!unit) break;
    result.push(unit);
    current = unit.parentId;
  }
  return result;
}

/** Claims (ticketId, kind) and, only if this sweeper won the claim, notifies — one transaction. */
async function sendReminder(deps: TSlaSweepDeps, ticketId: string, kind: TReminderKind, context: TPageContext): Promise<boolean> {
  const { now } = context;
  return deps.prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { id: ticketId, status: { in: ["new", "in_progress"] }, mergedIntoId: null },
      select: {
        id: true, code: true, kind: true, summary: true, unitId: true, dueAt: true, assigneeId: true,
        assignee: { select: { displayName: true, isActive: true } },
      },
    });
    if (!ticket) return false;
    const level = escalationLevelOf(kind);
    const ticketUnit = context.unitById.get(ticket.unitId);
    const targetUnit = level > 0 ? unitAncestors(ticket.unitId, context.unitById)[level - 1] : ticketUnit;
    if (!ticketUnit || !targetUnit) return false;
    const claimed = await tx.ticketReminder.createMany({ data: [{ ticketId, kind, unitId: targetUnit.id, dueAt: ticket.dueAt, createdAt: now, updatedAt: now }], skipDuplicates: true });
    if (claimed.count === 0) return false;

    const data = { code: ticket.code, kind, unitCode: targetUnit.code, ticketUnitCode: ticketUnit.code, dueAt: ticket.dueAt?.toISOString() ?? null, level } satisfies Prisma.InputJsonObject;
    const notificationKind = level > 0 ? "sla.escalated" : `sla.${kind}`;
    const assigneeId = ticket.assigneeId && ticket.assignee?.isActive ? ticket.assigneeId : null;
    const tellsLeaders = kind === "overdue" || level > 0;
    const leaders = tellsLeaders
      ? await tx.staffUser.findMany({ where: { unitId: targetUnit.id, role: "leader", isActive: true }, select: { id: true } })
      : [];
    const userIds = new Set<string>(leaders.map((leader) => leader.id));
    if (level === 0 && assigneeId) userIds.add(assigneeId);
    const rows: Prisma.NotificationCreateManyInput[] = [...userIds].map((userId) => ({ userId, ticketId, kind: notificationKind, data, createdAt: now, updatedAt: now }));
    // Nobody named (unassigned, or a unit without a leader account): the whole unit sees it.
    if ((tellsLeaders && leaders.length === 0) || (!tellsLeaders && !assigneeId)) {
      rows.push({ unitId: targetUnit.id, ticketId, kind: notificationKind, data, createdAt: now, updatedAt: now });
    }
    await tx.notification.createMany({ data: rows });
    if (targetUnit.notifyTelegramChatId) {
      const language = targetUnit.groupLanguage;
      const text = formatReminderForGroup({
        kind, code: ticket.code, summary: ticket.summary, unitCode: ticketUnit.code, unitName: ticketUnit.name,
        dueAt: ticket.dueAt, assigneeName: ticket.assignee?.displayName ?? null, isTip: ticket.kind === "tip",
      }, groupTextFor(language, deps.groupText), language);
      await enqueueOutbox(sqlRunnerOf(tx), deps.box, { channel: "telegram", chatId: targetUnit.notifyTelegramChatId, payload: { text }, ticketId }, now);
    }
    await tx.ticketEvent.create({ data: { ticketId, type: "sla", data: { kind, unitCode: targetUnit.code }, createdAt: now } });
    return true;
  });
}
