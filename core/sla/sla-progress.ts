import { addDays, DEFAULT_CALENDAR, type TWorkCalendar } from "./compute-deadline.ts";

const HOUR_MS = 3_600_000;

/** A status change as recorded in TicketEvent (type "status", data {from, to}). */
export interface TStatusChange {
  from: string;
  to: string;
  at: Date;
}

/**
 * Time spent waiting for the citizen in completed pauses (pure). A pause opens when the ticket
 * goes to `waiting_citizen` and closes on the next change out of it; the pause still open (if
 * any) is not counted here: while paused the clock stands still and dueAt has not moved yet.
 */
export function completedPauseMs(changes: readonly TStatusChange[]): number {
  let total = 0;
  let openedAt: Date | null = null;
  for (const change of [...changes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (change.to === "waiting_citizen") openedAt ??= change.at;
    else if (change.from === "waiting_citizen" && openedAt) {
      total += change.at.getTime() - openedAt.getTime();
      openedAt = null;
    }
  }
  return total;
}

/** What the deadline reminders look at for one ticket. */
export interface TSlaTicket {
  createdAt: Date;
  dueAt: Date;
  /** Set while the ticket waits for the citizen. */
  pausedAt: Date | null;
  /** Completed pauses, already added to dueAt (see completedPauseMs). */
  pausedMs: number;
}

export interface TSlaProgress {
  /** The time the ticket was given: dueAt − createdAt without the pauses. */
  budgetMs: number;
  /** Working time used so far (pauses excluded). */
  usedMs: number;
  /** usedMs / budgetMs: 0.5 = half the time used, ≥ 1 = overdue. */
  fraction: number;
  isPaused: boolean;
  /** When the ticket falls due if nothing changes (a pause pushes it forward). */
  effectiveDueAt: Date;
}

/**
 * How much of its time a ticket has used (pure). While paused, time stands still: the fraction
 * is frozen at the pause and the effective deadline moves with the clock.
 */
export function slaProgress(ticket: TSlaTicket, now: Date): TSlaProgress {
  const budgetMs = Math.max(1, ticket.dueAt.getTime() - ticket.createdAt.getTime() - ticket.pausedMs);
  const clockAt = ticket.pausedAt && ticket.pausedAt < now ? ticket.pausedAt : now;
  const usedMs = Math.max(0, clockAt.getTime() - ticket.createdAt.getTime() - ticket.pausedMs);
  const effectiveDueAt = ticket.pausedAt ? new Date(ticket.dueAt.getTime() + Math.max(0, now.getTime() - ticket.pausedAt.getTime())) : ticket.dueAt;
  return { budgetMs, usedMs, fraction: usedMs / budgetMs, isPaused: ticket.pausedAt !== null, effectiveDueAt };
}

/** The deadline after a pause ends: the waiting time is added (same rule as the status change). */
export function resumedDueAt(dueAt: Date, pausedAt: Date, resumedAt: Date): Date {
  return new Date(dueAt.getTime() + Math.max(0, resumedAt.getTime() - pausedAt.getTime()));
}

/** The one extension a ticket may get: `days` more, counted like the category counts days. */
export function extendedDueAt(dueAt: Date, days: number, dayType: "working" | "calendar", calendar: TWorkCalendar = DEFAULT_CALENDAR): Date {
  return addDays(dueAt, days, dayType, calendar);
}

/** Reminder kinds, each sent at most once per ticket (TicketReminder's unique key). */
export type TReminderKind = "first_response" | "due_50" | "due_80" | "overdue" | `escalate_${number}`;

export const DUE_THRESHOLDS: readonly { kind: TReminderKind; fraction: number }[] = [
  { kind: "due_50", fraction: 0.5 },
  { kind: "due_80", fraction: 0.8 },
  { kind: "overdue", fraction: 1 },
];

export interface TSlaPolicy {
  /** Hours after the deadline before the next unit up is told, and again for each level. */
  escalationDelayHours: number;
  /** How many units up the tree escalation may go (it also stops at the root). */
  maxEscalationLevels: number;
}

/**
 * Which reminders are due for a ticket now (pure): the thresholds it has passed, and escalation
 * levels 1…n once it has been overdue for n × the delay. Already-sent kinds are filtered by the
 * caller; a paused ticket gets nothing new.
 */
export function dueReminderKinds(ticket: TSlaTicket, now: Date, policy: TSlaPolicy, ancestorCount: number): TReminderKind[] {
  const progress = slaProgress(ticket, now);
  if (progress.isPaused) return [];
  const kinds: TReminderKind[] = DUE_THRESHOLDS.filter((threshold) => progress.fraction >= threshold.fraction).map((threshold) => threshold.kind);
  if (progress.fraction >= 1) {
    const overdueMs = progress.usedMs - progress.budgetMs;
    const delayMs = Math.max(1, policy.escalationDelayHours) * HOUR_MS;
    const levels = Math.min(Math.floor(overdueMs / delayMs), policy.maxEscalationLevels, ancestorCount);
    for (let level = 1; level <= levels; level++) kinds.push(`escalate_${level}`);
  }
  return kinds;
}

/** The escalation level of a kind ("escalate_2" → 2), or 0. */
export function escalationLevelOf(kind: string): number {
  const match = /^escalate_(\d+)$/.exec(kind);
  return match ? Number(match[1]) : 0;
}
