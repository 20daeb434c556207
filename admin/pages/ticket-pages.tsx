import { Hono, type Context } from "hono";
import type { TicketStatus } from "../../prisma/generated/enums.ts";
import { addInternalNote } from "../../core/tickets/add-internal-note.ts";
import { assignTicket, findAssignableStaff } from "../../core/tickets/assign-ticket.ts";
import { changeCategory } from "../../core/tickets/change-category.ts";
import { changeTicketStatus } from "../../core/tickets/change-ticket-status.ts";
import { getAttachmentContent } from "../../core/tickets/get-attachment-content.ts";
import { getTicket } from "../../core/tickets/get-ticket.ts";
import { markSpam } from "../../core/tickets/mark-spam.ts";
import { mergeTickets } from "../../core/tickets/merge-tickets.ts";
import { dismissPossibleDuplicate, getTicketFlags, mergeIntoPossibleDuplicate } from "../../core/tickets/resolve-possible-duplicate.ts";
import { isAdmin } from "../../core/access/actor.ts";
import { replyToTicket } from "../../core/tickets/reply-to-ticket.ts";
import { decideIdentityReveal, requestIdentityReveal } from "../../core/tickets/request-identity-reveal.ts";
import { retryReply } from "../../core/tickets/retry-reply.ts";
import { transferTicket } from "../../core/tickets/transfer-ticket.ts";
import { loadScopedTicket } from "../../core/tickets/load-scoped-ticket.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { Layout } from "../views/layout.tsx";
import { TicketView } from "./ticket-view.tsx";

const CODE = /^[A-Za-z]{2}-\d{2}-\d{1,9}$/;

/** The text a citizen receives when their ticket moves to another unit, in their language. */
export function transferNotice(ctx: TAdminContext) {
  return (language: string, unitName: string, code: string) => ctx.citizenT(language)("citizen-transfer-notice", { code, unit: unitName });
}

/** The ticket page and its actions (each a POST that redirects back with a message). */
export function createTicketPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { deps } = ctx;

  // Evidence fetched from the chat platform on demand, with the viewer's permission; audited.
  app.get("/tickets/:code/attachments/:id", async (c) => {
    const code = c.req.param("code").toUpperCase();
    const t = c.get("t");
    if (!CODE.test(code)) return c.text(t("error-NOT_FOUND"), 404);
    try {
      const file = await getAttachmentContent(c.get("actor"), code, c.req.param("id"), { ...deps, fetchFile: ctx.fetchFile });
      const isInline = ["photo", "video", "voice", "audio"].includes(file.kind);
      const name = (file.fileName ?? `${file.kind}-${file.sha256.slice(0, 12)}`).replace(/[^\w.-]+/g, "_");
      return c.body(new Uint8Array(file.bytes), 200, {
        "content-type": isInline ? file.mimeType : "application/octet-stream",
        "content-disposition": `${isInline ? "inline" : "attachment"}; filename="${name}"`,
        "x-content-sha256": file.sha256,
        "x-content-type-options": "nosniff",
      });
    } catch (error) {
      if (isAppError(error, "NOT_FOUND")) return c.text(t("error-NOT_FOUND"), 404);
      if (isAppError(error, "DELIVERY_FAILED")) return c.text(t("attachment-unavailable"), 502);
      throw error;
    }
  });

  app.get("/tickets/:code", async (c) => {
    const code = c.req.param("code").toUpperCase();
    const actor = c.get("actor");
    const t = c.get("t");
    if (!CODE.test(code)) return c.text(t("error-NOT_FOUND"), 404);
    try {
      const ticket = await getTicket(actor, code, deps);
      const ticketRow = await deps.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { unitId: true } });
      const [cannedReplies, assignable, units, categories, flags] = await Promise.all([
        deps.prisma.cannedReply.findMany({ where: { OR: [{ unitId: null }, { unitId: ticketRow.unitId }] }, orderBy: { title: "asc" }, select: { key: true, title: true, body: true } }),
        findAssignableStaff(deps, ticketRow.unitId),
        deps.prisma.unit.findMany({ where: { isActive: true }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
        deps.prisma.category.findMany({ where: { isActive: true }, orderBy: [{ kind: "asc" }, { code: "asc" }], select: { code: true, nameVi: true, nameEn: true } }),
        getTicketFlags(actor, code, deps),
      ]);
      return c.html(
        <Layout page={pageOf(c)} title={ticket.code} flash={flashOf(c)}>
          <TicketView page={pageOf(c)} actor={actor} data={{ ticket, cannedReplies, assignable, units, categories, flags, canManageFaq: isAdmin(actor) }} />
        </Layout>,
      );
    } catch (error) {
      if (isAppError(error, "NOT_FOUND")) return c.text(t("error-NOT_FOUND"), 404);
      throw error;
    }
  });

  /** Registers POST /tickets/:code/<name> running `action` with the parsed form. */
  const action = (name: string, okKey: string, run: (code: string, body: Record<string, unknown>, c: Context<TAdminEnv>) => Promise<unknown>) => {
    app.post(`/tickets/:code/${name}`, async (c) => {
      const code = c.req.param("code").toUpperCase();
      if (!CODE.test(code)) return c.text(c.get("t")("error-NOT_FOUND"), 404);
      const body = await c.req.parseBody();
      return runFormAction(c, `/tickets/${code}`, okKey, () => run(code, body, c));
    });
  };

  action("reply", "reply", (code, body, c) => replyToTicket(c.get("actor"), { code, text: fieldOf(body, "text") }, deps));
  action("notes", "note", (code, body, c) => addInternalNote(c.get("actor"), { code, text: fieldOf(body, "text") }, deps));
  action("assign", "assign", (code, body, c) => assignTicket(c.get("actor"), { code, assigneeUsername: fieldOf(body, "assignee") || null }, deps));
  app.post("/tickets/:code/transfer", async (c) => {
    const code = c.req.param("code").toUpperCase();
    const body = await c.req.parseBody();
    const actor = c.get("actor");
    const response = await runFormAction(c, `/tickets/${code}`, "transfer", () =>
      transferTicket(actor, { code, unitCode: fieldOf(body, "unitCode"), reason: fieldOf(body, "reason"), citizenNotice: transferNotice(ctx) }, deps),
    );
    // An officer who passed the ticket to another unit can no longer open it: back to the queue.
    const isStillVisible = await loadScopedTicket(deps.prisma, actor, code).then(() => true, () => false);
    return !isStillVisible && response.headers.get("location")?.includes("ok=transfer") ? c.redirect("/?ok=transfer", 303) : response;
  });
  action("category", "category", (code, body, c) => changeCategory(c.get("actor"), { code, categoryCode: fieldOf(body, "categoryCode") }, deps));
  action("status", "status", (code, body, c) =>
    changeTicketStatus(c.get("actor"), { code, status: fieldOf(body, "status") as TicketStatus, reason: fieldOf(body, "reason") }, deps),
  );
  action("merge", "merge", (code, body, c) => mergeTickets(c.get("actor"), { code, intoCode: fieldOf(body, "intoCode") }, deps));
  // The background check's suggestion: merge into the original it names (audited as ticket.merge), or dismiss it (audited).
  action("duplicate/merge", "merge", (code, _body, c) => mergeIntoPossibleDuplicate(c.get("actor"), { code }, deps));
  action("duplicate/dismiss", "duplicate-dismissed", (code, _body, c) => dismissPossibleDuplicate(c.get("actor"), { code }, deps));
  action("spam", "spam", (code, body, c) => markSpam(c.get("actor"), { code, blockSender: fieldOf(body, "block") === "yes" }, deps));
  action("retry", "retry", (code, body, c) => retryReply(c.get("actor"), { code, messageId: fieldOf(body, "messageId") }, deps));
  action("reveal", "reveal-request", (code, body, c) => requestIdentityReveal(c.get("actor"), { code, reason: fieldOf(body, "reason") }, deps));
  app.post("/tickets/:code/reveal/:requestId", async (c) => {
    const code = c.req.param("code").toUpperCase();
    const body = await c.req.parseBody();
    return runFormAction(c, `/tickets/${code}`, "reveal-decision", () =>
      decideIdentityReveal(c.get("actor"), { code, requestId: c.req.param("requestId"), isApproved: fieldOf(body, "decision") === "approve", note: fieldOf(body, "note") }, deps),
    );
  });
  return app;
}
