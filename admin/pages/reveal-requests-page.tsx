import { Hono } from "hono";
import { findPendingRevealRequests } from "../../core/tickets/find-reveal-requests.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { flashOf, pageOf } from "../http/page-helpers.ts";
import { formatDateTime } from "../views/format.ts";
import { Layout } from "../views/layout.tsx";

/** /reveal-requests: leaders see the identity reveal requests waiting for them, with links to decide. */
export function createRevealRequestsPage(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  app.get("/reveal-requests", async (c) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const actor = c.get("actor");
    if (actor.role === "officer") return c.text(t("error-FORBIDDEN"), 403);
    const requests = await findPendingRevealRequests(ctx.deps.prisma, actor);
    return c.html(
      <Layout page={pageOf(c)} title={t("reveal-list-title")} flash={flashOf(c)}>
        <h1>{t("reveal-list-title")}</h1>
        {requests.length === 0 ? (
          <p class="empty">{t("reveal-list-empty")}</p>
        ) : (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t("col-code")}</th>
                <th scope="col">{t("col-unit")}</th>
                <th scope="col">{t("reveal-list-by")}</th>
                <th scope="col">{t("reveal-reason")}</th>
                <th scope="col">{t("audit-time")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr>
                  <td data-label={t("col-code")}><a class="ticket-code" href={`/tickets/${request.code}`}>{request.code}</a></td>
                  <td data-label={t("col-unit")}>{request.unitCode}</td>
                  <td data-label={t("reveal-list-by")}>{request.requestedByName}</td>
                  <td data-label={t("reveal-reason")}>{request.reason}</td>
                  <td data-label={t("audit-time")}>{formatDateTime(request.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Layout>,
    );
  });
  return app;
}
