import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../../core/errors/app-error.ts";
import { addInternalNote } from "../../core/tickets/add-internal-note.ts";
import { assignTicket } from "../../core/tickets/assign-ticket.ts";
import { changeCategory } from "../../core/tickets/change-category.ts";
import { changeTicketStatus } from "../../core/tickets/change-ticket-status.ts";
import { findTickets } from "../../core/tickets/find-tickets.ts";
import { getTicket } from "../../core/tickets/get-ticket.ts";
import { replyToTicket } from "../../core/tickets/reply-to-ticket.ts";
import { transferTicket } from "../../core/tickets/transfer-ticket.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { toFindTicketsInput, ZTicketQuery } from "../http/ticket-query.ts";
import { transferNotice } from "../pages/ticket-pages.tsx";
import { jsonBody, parseOrThrow } from "./api-validation.ts";

export const ZCreateReplyRequest = z.object({ text: z.string().trim().min(1).max(4000) });
export type TCreateReplyRequest = z.infer<typeof ZCreateReplyRequest>;

export const ZCreateNoteRequest = z.object({ text: z.string().trim().min(1).max(4000) });
export type TCreateNoteRequest = z.infer<typeof ZCreateNoteRequest>;

export const ZUpdateTicketRequest = z
  .object({
    status: z.enum(["new", "in_progress", "waiting_citizen", "resolved", "closed", "rejected"]).optional(),
    categoryCode: z.string().min(1).max(64).optional(),
    unitCode: z.string().min(1).max(64).optional(),
    /** Username, or null to unassign. */
    assignee: z.string().min(1).max(64).nullable().optional(),
    /** Required for a transfer (unitCode) and for status "rejected". */
    reason: z.string().max(1000).optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).some((key) => key !== "reason"), { message: "Nothing to change", path: ["status"] });
export type TUpdateTicketRequest = z.infer<typeof ZUpdateTicketRequest>;

const ZCode = z.string().regex(/^[A-Za-z]{2}-\d{2}-\d{1,9}$/, "Not a ticket code");

/** /api/tickets: the queue, one ticket, replies, notes and changes — same rules as the pages. */
export function createTicketsApi(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { deps } = ctx;
  const codeOf = (raw: string) => {
    const parsed = ZCode.safeParse(raw);
    if (!parsed.success) throw new AppError("NOT_FOUND", "No such ticket");
    return parsed.data.toUpperCase();
  };

  app.get("/tickets", async (c) => {
    const query = parseOrThrow(ZTicketQuery, c.req.query());
    const result = await findTickets(deps.prisma, c.get("actor"), toFindTicketsInput(query, "all"), deps.clock.now());
    return c.json(result);
  });

  app.get("/tickets/:code", async (c) => c.json(await getTicket(c.get("actor"), codeOf(c.req.param("code")), deps)));

  app.post("/tickets/:code/replies", async (c) => {
    const code = codeOf(c.req.param("code"));
    const body = await jsonBody(c, ZCreateReplyRequest);
    return c.json(await replyToTicket(c.get("actor"), { code, text: body.text }, deps), 201);
  });

  app.post("/tickets/:code/notes", async (c) => {
    const code = codeOf(c.req.param("code"));
    const body = await jsonBody(c, ZCreateNoteRequest);
    return c.json(await addInternalNote(c.get("actor"), { code, text: body.text }, deps), 201);
  });

  app.patch("/tickets/:code", async (c) => {
    const code = codeOf(c.req.param("code"));
    const body = await jsonBody(c, ZUpdateTicketRequest);
    const actor = c.get("actor");
    if (body.categoryCode) await changeCategory(actor, { code, categoryCode: body.categoryCode }, deps);
    if (body.assignee !== undefined) await assignTicket(actor, { code, assigneeUsername: body.assignee }, deps);
    if (body.status) await changeTicketStatus(actor, { code, status: body.status, reason: body.reason }, deps);
    if (body.unitCode) {
      if (!body.reason?.trim()) throw new AppError("VALIDATION", "A transfer needs a reason", { field: "reason" });
      await transferTicket(actor, { code, unitCode: body.unitCode, reason: body.reason, citizenNotice: transferNotice(ctx) }, deps);
      return c.json({ code, transferred: true });
    }
    return c.json(await getTicket(actor, code, deps));
  });
  return app;
}
