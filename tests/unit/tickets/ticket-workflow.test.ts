import { describe, expect, it } from "vitest";
import { statusChangeData } from "../../../core/tickets/change-ticket-status.ts";
import { acceptsReplies, canTransition, isReopening, requiresReason, TICKET_TRANSITIONS } from "../../../core/tickets/ticket-workflow.ts";

describe("ticket workflow", () => {
  it("follows new → in_progress → waiting_citizen → resolved → closed", () => {
    expect(canTransition("new", "in_progress")).toBe(true);
    expect(canTransition("in_progress", "waiting_citizen")).toBe(true);
    expect(canTransition("waiting_citizen", "resolved")).toBe(true);
    expect(canTransition("resolved", "closed")).toBe(true);
  });

  it("refuses skipping to closed or going back to new", () => {
    expect(canTransition("new", "closed")).toBe(false);
    expect(canTransition("in_progress", "closed")).toBe(false);
    for (const from of Object.keys(TICKET_TRANSITIONS) as (keyof typeof TICKET_TRANSITIONS)[]) expect(canTransition(from, "new")).toBe(false);
  });

  it("rejects open tickets only, with a reason", () => {
    expect(canTransition("new", "rejected")).toBe(true);
    expect(canTransition("closed", "rejected")).toBe(false);
    expect(requiresReason("rejected")).toBe(true);
    expect(requiresReason("resolved")).toBe(false);
  });

  it("reopens resolved, closed and rejected tickets into in_progress", () => {
    for (const from of ["resolved", "closed", "rejected"] as const) {
      expect(canTransition(from, "in_progress")).toBe(true);
      expect(isReopening(from, "in_progress")).toBe(true);
    }
    expect(isReopening("new", "in_progress")).toBe(false);
  });

  it("accepts replies until closed or rejected", () => {
    expect(acceptsReplies("resolved")).toBe(true);
    expect(acceptsReplies("closed")).toBe(false);
    expect(acceptsReplies("rejected")).toBe(false);
  });

  it("pauses the deadline while waiting for the citizen and adds the wait when work resumes", () => {
    const now = new Date("2026-05-10T10:00:00Z");
    expect(statusChangeData({ status: "in_progress", pausedAt: null, dueAt: now }, "waiting_citizen", null, now)).toMatchObject({ status: "waiting_citizen", pausedAt: now });
    const pausedAt = new Date("2026-05-08T10:00:00Z");
    const dueAt = new Date("2026-05-12T10:00:00Z");
    const resumed = statusChangeData({ status: "waiting_citizen", pausedAt, dueAt }, "in_progress", null, now);
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.dueAt).toEqual(new Date("2026-05-14T10:00:00Z"));
  });

  it("clears resolution fields when a ticket is reopened", () => {
    const data = statusChangeData({ status: "closed", pausedAt: null, dueAt: null }, "in_progress", null, new Date());
    expect(data).toMatchObject({ status: "in_progress", resolvedAt: null, closedAt: null, rejectionReason: null });
  });
});
