import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Prisma } from "../../prisma/generated/client.ts";
import { recordAudit } from "../../core/audit/record-audit.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { verifyAuditChain } from "../../core/audit/verify-audit-chain.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { flashOf, pageOf } from "../http/page-helpers.ts";
import { queryStringOf } from "../http/ticket-query.ts";
import { formatDateTime } from "../views/format.ts";
import { CsrfField, Layout } from "../views/layout.tsx";

const PAGE_SIZE = 50;

export const ZAuditQuery = z.object({
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().or(z.literal("")),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().or(z.literal("")),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

/** The audit log (administrators only): filter, page, and check that the hash chain is intact. */
export function createAuditPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma } = ctx.deps;

  app.use("/audit", async (c, next) => {
    if (c.get("actor").role !== "admin") return c.text(c.get("t")("error-FORBIDDEN"), 403);
    await next();
  });
  app.use("/audit/*", async (c, next) => {
    if (c.get("actor").role !== "admin") return c.text(c.get("t")("error-FORBIDDEN"), 403);
    await next();
  });

  const render = async (c: Context<TAdminEnv>, verification: { checked: number; isIntact: boolean; firstBrokenId: number | null } | null) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const parsed = ZAuditQuery.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : {};
    const where: Prisma.AuditLogWhereInput[] = [];
    if (query.action) where.push({ action: { startsWith: query.action } });
    if (query.actor) where.push({ actorLabel: query.actor });
    if (query.entity) where.push({ OR: [{ entityId: query.entity }, { details: { path: ["code"], equals: query.entity } }] });
    if (query.from) where.push({ createdAt: { gte: new Date(`${query.from}T00:00:00+07:00`) } });
    if (query.to) where.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 86_400_000) } });
    const page = query.page ?? 1;
    const [rows, total] = await Promise.all([
      prisma.auditLog.findMany({ where: { AND: where }, orderBy: { id: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
      prisma.auditLog.count({ where: { AND: where } }),
    ]);
    const pageContext = pageOf(c);
    return c.html(
      <Layout page={pageContext} title={t("audit-title")} flash={flashOf(c)}>
        <div class="page-head">
          <h1>{t("audit-title")}</h1>
          <form method="post" action="/audit/verify" class="inline">
            <CsrfField page={pageContext} />
            <button type="submit" class="button">{t("audit-verify")}</button>
          </form>
        </div>
        {verification ? (
          <p class={verification.isIntact ? "flash flash-ok" : "flash flash-error"} role="status" id="audit-verification">
            {verification.isIntact ? t("audit-intact", { count: verification.checked }) : t("audit-broken", { id: verification.firstBrokenId ?? 0, count: verification.checked })}
          </p>
        ) : null}
        <form method="get" action="/audit" class="filters">
          <label>{t("audit-action")}<input name="action" value={query.action ?? ""} placeholder="ticket." /></label>
          <label>{t("audit-actor")}<input name="actor" value={query.actor ?? ""} /></label>
          <label>{t("audit-entity")}<input name="entity" value={query.entity ?? ""} placeholder="TG-26-000001" /></label>
          <label>{t("audit-from")}<input type="date" name="from" value={query.from ?? ""} /></label>
          <label>{t("audit-to")}<input type="date" name="to" value={query.to ?? ""} /></label>
          <div class="filter-actions"><button type="submit" class="button primary">{t("filter-apply")}</button></div>
        </form>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("audit-time")}</th>
              <th scope="col">{t("audit-actor")}</th>
              <th scope="col">{t("audit-action")}</th>
              <th scope="col">{t("audit-details")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td data-label="#">{row.id}</td>
                <td data-label={t("audit-time")}>{formatDateTime(row.createdAt, lang)}</td>
                <td data-label={t("audit-actor")}>{row.actorLabel}</td>
                <td data-label={t("audit-action")}><code>{row.action}</code></td>
                <td data-label={t("audit-details")} class="details"><code>{JSON.stringify(row.details)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav class="pagination">
          <span>{t("queue-total", { total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) })}</span>
          {page > 1 ? <a href={`/audit${queryStringOf(query, { page: page - 1 })}`}>{t("queue-prev")}</a> : null}
          {page * PAGE_SIZE < total ? <a href={`/audit${queryStringOf(query, { page: page + 1 })}`}>{t("queue-next")}</a> : null}
        </nav>
      </Layout>,
    );
  };

  app.get("/audit", (c) => render(c, null));
  app.post("/audit/verify", async (c) => {
    const actor = c.get("actor");
    const report = await verifyAuditChain(prisma);
    await prisma.$transaction((tx) =>
      recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "audit.verify", entityType: "audit", entityId: null, details: { ...report } }, ctx.deps.clock.now()),
    );
    return render(c, report);
  });
  return app;
}
