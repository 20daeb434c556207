import { Hono } from "hono";
import { z } from "zod";
import { isLeaderOrAdmin } from "../../core/access/actor.ts";
import { loadUnitScope } from "../../core/access/load-access-scope.ts";
import { broadcastCampaign } from "../../core/campaigns/broadcast-campaign.ts";
import { createCampaign } from "../../core/campaigns/create-campaign.ts";
import { summarizeCampaign } from "../../core/campaigns/summarize-campaign.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { formatCount, formatShare } from "../../core/reports/report-format.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { HTTP_STATUS_OF } from "../http/error-status.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { formatDateTime } from "../views/format.ts";
import { CsrfField, Layout } from "../views/layout.tsx";
import type { TStatsRoutesContext } from "../dashboard/dashboard-routes.tsx";

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const ZCreateCampaign = z.object({
  title: z.string().trim().min(3).max(200),
  question: z.string().trim().min(5).max(1000),
  startsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  endsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** Local date (YYYY-MM-DD) → the instant it starts in Vietnam; `endOfDay` → when it ends. */
function localDay(value: string, endOfDay = false): Date {
  return new Date(Date.parse(`${value}T00:00:00Z`) - VIETNAM_OFFSET_MS + (endOfDay ? 86_400_000 : 0));
}

/**
 * Feedback campaigns (leaders and admins): `GET /` list and the form to open one, `POST /` create,
 * `POST /:id/broadcast` send the question to citizens who agreed to receive news, `GET /:id` the
 * summary of the answers. Part of the reports sub-app: `app.route("/reports/campaigns", …)` is
 * done by createReportRoutes — nothing to mount separately.
 */
export function createCampaignRoutes(ctx: TStatsRoutesContext) {
  const app = new Hono<TAdminEnv>();
  app.use("*", async (c, next) => {
    if (!isLeaderOrAdmin(c.get("actor"))) return c.text(c.get("t")("error-FORBIDDEN"), 403);
    await next();
  });

  app.get("/", async (c) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const scope = await loadUnitScope(ctx.deps.prisma, c.get("actor"));
    const campaigns = await ctx.deps.prisma.feedbackCampaign.findMany({
      where: scope === "all" ? {} : { unitId: { in: [...scope] } },
      orderBy: { createdAt: "desc" },
      take: 100,
      include: { unit: { select: { code: true } }, _count: { select: { tickets: true } } },
    });
    const page = pageOf(c);
    return c.html(
      <Layout page={page} title={t("stats-campaigns-title")} flash={flashOf(c)}>
        <link rel="stylesheet" href="/reports/static/dashboard.css" />
        <div class="page-head">
          <h1>{t("stats-campaigns-title")}</h1>
          <a class="button" href="/reports">{t("stats-reports-title")}</a>
        </div>
        <section class="card">
          <h2>{t("stats-campaign-new")}</h2>
          <form method="post" action="/reports/campaigns" class="grid-form">
            <CsrfField page={page} />
            <label class="wide">{t("stats-campaign-title")}<input name="title" required minlength={3} maxlength={200} /></label>
            <label class="wide">{t("stats-campaign-question")}<textarea name="question" required minlength={5} maxlength={1000} rows={3}></textarea></label>
            <label>{t("stats-from")}<input type="date" name="startsOn" required /></label>
            <label>{t("stats-to")}<input type="date" name="endsOn" required /></label>
            <div><button type="submit" class="button primary">{t("stats-campaign-create")}</button></div>
          </form>
        </section>
        <section class="card">
          {campaigns.length === 0 ? <p class="empty">{t("stats-empty")}</p> : (
            <table class="stats-table">
              <thead><tr>
                <th scope="col">{t("stats-campaign-title")}</th><th scope="col">{t("stats-col-unit")}</th><th scope="col">{t("stats-from")}</th>
                <th scope="col">{t("stats-to")}</th><th scope="col">{t("stats-col-status")}</th><th scope="col" class="num">{t("stats-campaign-recipients")}</th>
                <th scope="col" class="num">{t("stats-campaign-answers")}</th><th scope="col"></th>
              </tr></thead>
              <tbody>
                {campaigns.map((campaign) => (
                  <tr>
                    <td><a href={`/reports/campaigns/${campaign.id}`}>{campaign.title}</a></td>
                    <td>{campaign.unit.code}</td>
                    <td>{formatDateTime(campaign.startsAt, lang)}</td>
                    <td>{formatDateTime(campaign.endsAt, lang)}</td>
                    <td>{t(`stats-campaign-status-${campaign.status}`)}</td>
                    <td class="num">{formatCount(campaign.recipientCount, lang)}</td>
                    <td class="num">{formatCount(campaign._count.tickets, lang)}</td>
                    <td>
                      {campaign.status === "draft" ? (
                        <form method="post" action={`/reports/campaigns/${campaign.id}/broadcast`} class="inline">
                          <CsrfField page={page} />
                          <button type="submit" class="button small">{t("stats-campaign-broadcast")}</button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </Layout>,
    );
  });

  app.post("/", async (c) => {
    const body = await c.req.parseBody();
    const parsed = ZCreateCampaign.safeParse({ title: fieldOf(body, "title"), question: fieldOf(body, "question"), startsOn: fieldOf(body, "startsOn"), endsOn: fieldOf(body, "endsOn") });
    if (!parsed.success) return c.redirect(`/reports/campaigns?error=VALIDATION&field=${String(parsed.error.issues[0]?.path[0] ?? "")}`, 303);
    return runFormAction(c, "/reports/campaigns", "campaign-created", () =>
      createCampaign(c.get("actor"), { title: parsed.data.title, question: parsed.data.question, startsAt: localDay(parsed.data.startsOn), endsAt: localDay(parsed.data.endsOn, true) }, ctx.deps),
    );
  });

  app.post("/:id/broadcast", (c) =>
    runFormAction(c, "/reports/campaigns", "campaign-sent", () => broadcastCampaign(c.get("actor"), { campaignId: c.req.param("id") }, ctx.deps)),
  );

  app.get("/:id", async (c) => {
    const t = c.get("t");
    const lang = c.get("lang");
    try {
      const summary = await summarizeCampaign(c.get("actor"), { campaignId: c.req.param("id") }, ctx.deps);
      return c.html(
        <Layout page={pageOf(c)} title={summary.title}>
          <link rel="stylesheet" href="/reports/static/dashboard.css" />
          <div class="page-head">
            <h1>{summary.title}</h1>
            <a class="button" href="/reports/campaigns">{t("stats-campaigns-title")}</a>
          </div>
          <p>{summary.question}</p>
          <section class="kpi-grid">
            <div class="kpi-card"><div class="kpi-label">{t("stats-campaign-recipients")}</div><div class="kpi-value">{formatCount(summary.recipients, lang)}</div></div>
            <div class="kpi-card"><div class="kpi-label">{t("stats-campaign-answers")}</div><div class="kpi-value">{formatCount(summary.answers, lang)}</div></div>
            <div class="kpi-card"><div class="kpi-label">{t("stats-campaign-answer-rate")}</div><div class="kpi-value">{formatShare(summary.answerRate, lang)}</div></div>
            {Object.entries(summary.byChannel).map(([channel, count]) => (
              <div class="kpi-card"><div class="kpi-label">{t(`stats-channel-${channel}`)}</div><div class="kpi-value">{formatCount(count, lang)}</div></div>
            ))}
          </section>
          <div class="stats-columns">
            <section class="card">
              <h2>{t("stats-by-ward")}</h2>
              <table class="stats-table"><tbody>{summary.byWard.map((ward) => <tr><td>{ward.name}</td><td class="num">{formatCount(ward.count, lang)}</td></tr>)}</tbody></table>
            </section>
            <section class="card">
              <h2>{t("stats-top-terms")}</h2>
              <ol class="top-terms">{summary.topTerms.map((term) => <li><span>{term.term}</span> <span class="muted">{term.count}</span></li>)}</ol>
            </section>
          </div>
          <p><a href={`/?category=feedback.suggestion`}>{t("stats-campaign-see-tickets")}</a></p>
        </Layout>,
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      return c.text(t(`error-${error.code}`), HTTP_STATUS_OF[error.code]);
    }
  });
  return app;
}

