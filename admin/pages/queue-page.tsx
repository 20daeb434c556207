import { Hono, type Context } from "hono";
import type { TicketStatus } from "../../prisma/generated/enums.ts";
import type { TActor } from "../../core/access/actor.ts";
import { loadUnitScope } from "../../core/access/load-access-scope.ts";
import { findPendingRevealRequests } from "../../core/tickets/find-reveal-requests.ts";
import { findTickets, type TTicketPage } from "../../core/tickets/find-tickets.ts";
import type { TLanguage, TTranslate } from "../../locales/translator.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { flashOf, pageOf } from "../http/page-helpers.ts";
import { queryStringOf, toFindTicketsInput, ZTicketQuery, type TTicketQuery } from "../http/ticket-query.ts";
import { formatDateTime } from "../views/format.ts";
import { Layout } from "../views/layout.tsx";

const STATUS_TABS: (TicketStatus | "open" | "all")[] = ["open", "new", "in_progress", "waiting_citizen", "resolved", "closed", "rejected", "all"];

async function loadFilterOptions(ctx: TAdminContext, actor: TActor) {
  const scope = await loadUnitScope(ctx.deps.prisma, actor);
  const [categories, units] = await Promise.all([
    ctx.deps.prisma.category.findMany({ orderBy: [{ kind: "asc" }, { code: "asc" }], select: { code: true, nameVi: true, nameEn: true } }),
    actor.role === "officer"
      ? Promise.resolve([])
      : ctx.deps.prisma.unit.findMany({ where: scope === "all" ? {} : { id: { in: [...scope] } }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
  ]);
  return { categories, units };
}

function statusCount(result: TTicketPage, tab: TicketStatus | "open" | "all"): number {
  const counts = result.countsByStatus;
  if (tab === "all") return Object.values(counts).reduce((sum, value) => sum + value, 0);
  if (tab === "open") return counts.new + counts.in_progress + counts.waiting_citizen;
  return counts[tab];
}

/** Marks from the background checks, by ticket code: a possible duplicate to look at, a flood. */
type TQueueMarkers = Map<string, { isPossibleDuplicate: boolean; abuseFlag: string | null }>;

async function loadQueueMarkers(ctx: TAdminContext, result: TTicketPage): Promise<TQueueMarkers> {
  const rows = await ctx.deps.prisma.ticket.findMany({
    where: { code: { in: result.items.map((item) => item.code) }, OR: [{ possibleDuplicateOfId: { not: null } }, { abuseFlag: { not: null } }] },
    select: { code: true, possibleDuplicateOfId: true, mergedIntoId: true, abuseFlag: true },
  });
  return new Map(rows.map((row) => [row.code, { isPossibleDuplicate: !!row.possibleDuplicateOfId && !row.mergedIntoId, abuseFlag: row.abuseFlag }]));
}

/** The results block: status tabs with counts, the table, pagination. Re-fetched by htmx every few seconds. */
export function QueueResults(props: { t: TTranslate; lang: TLanguage; query: TTicketQuery; result: TTicketPage; now: Date; pollSeconds: number; markers?: TQueueMarkers }) {
  const { t, lang, query, result } = props;
  const activeStatus = query.status ?? "open";
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const qs = queryStringOf(query, {});
  return (
    <div id="queue-results" hx-get={`/queue/results${qs}`} hx-trigger={`every ${props.pollSeconds}s`} hx-swap="outerHTML" aria-live="polite">
      <nav class="tabs" aria-label={t("queue-status-tabs")}>
        {STATUS_TABS.map((tab) => (
          <a href={`/${queryStringOf(query, { status: tab, page: undefined })}`} class={tab === activeStatus ? "tab active" : "tab"} aria-current={tab === activeStatus ? "true" : undefined}>
            {t(`status-${tab}`)} <span class="count">{statusCount(result, tab)}</span>
          </a>
        ))}
      </nav>
      {result.items.length === 0 ? (
        <p class="empty">{t("queue-empty")}</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t("col-code")}</th>
              <th scope="col">{t("col-summary")}</th>
              <th scope="col">{t("col-category")}</th>
              <th scope="col">{t("col-unit")}</th>
              <th scope="col">{t("col-status")}</th>
              <th scope="col">{t("col-assignee")}</th>
              <th scope="col">{t("col-due")}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr class={item.isOverdue ? "row-overdue" : item.isDueSoon ? "row-due-soon" : ""}>
                <td data-label={t("col-code")}>
                  <a href={`/tickets/${item.code}`} class="ticket-code">{item.code}</a>
                  <span class="badges">
                    {item.isUrgent ? <span class="badge badge-urgent">{t("badge-urgent")}</span> : null}
                    {item.isAnonymous ? <span class="badge badge-anon">{t("badge-anonymous")}</span> : null}
                    {props.markers?.get(item.code)?.isPossibleDuplicate ? <span class="badge badge-duplicate">{t("badge-possible-duplicate")}</span> : null}
                    {props.markers?.get(item.code)?.abuseFlag ? <span class="badge badge-flood" title={t(`flag-name-${props.markers.get(item.code)!.abuseFlag}`)}>{t("badge-flood")}</span> : null}
                    <span class={`badge badge-${item.channel}`}>{t(`channel-${item.channel}`)}</span>
                  </span>
                </td>
                <td data-label={t("col-summary")} class="summary">{item.summary}</td>
                <td data-label={t("col-category")}>{lang === "en" ? item.categoryNameEn : item.categoryNameVi}</td>
                <td data-label={t("col-unit")} title={item.unitName}>{item.unitCode}</td>
                <td data-label={t("col-status")}><span class={`status status-${item.status}`}>{t(`status-${item.status}`)}</span></td>
                <td data-label={t("col-assignee")}>{item.assigneeName ?? <span class="muted">{t("unassigned")}</span>}</td>
                <td data-label={t("col-due")}>
                  {formatDateTime(item.dueAt, lang)}
                  {item.isOverdue ? <span class="badge badge-overdue">{t("badge-overdue")}</span> : item.isDueSoon ? <span class="badge badge-soon">{t("badge-due-soon")}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pagination" aria-label={t("queue-pages")}>
        <span>{t("queue-total", { total: result.total, page: result.page, pages })}</span>
        {result.page > 1 ? <a href={`/${queryStringOf(query, { page: result.page - 1 })}`} rel="prev">{t("queue-prev")}</a> : null}
        {result.page < pages ? <a href={`/${queryStringOf(query, { page: result.page + 1 })}`} rel="next">{t("queue-next")}</a> : null}
      </nav>
    </div>
  );
}

/** The ticket queue (home page of the panel) and its polled results fragment. */
export function createQueuePages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();

  const load = async (c: Context<TAdminEnv>) => {
    const parsed = ZTicketQuery.safeParse(c.req.query());
    const query: TTicketQuery = parsed.success ? parsed.data : {};
    const now = ctx.deps.clock.now();
    const result = await findTickets(ctx.deps.prisma, c.get("actor"), toFindTicketsInput(query, "open"), now);
    return { query, result, now, markers: await loadQueueMarkers(ctx, result) };
  };

  app.get("/queue/results", async (c) => {
    const { query, result, now, markers } = await load(c);
    return c.html(<QueueResults t={c.get("t")} lang={c.get("lang")} query={query} result={result} now={now} pollSeconds={ctx.queuePollSeconds} markers={markers} />);
  });

  app.get("/", async (c) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const actor = c.get("actor");
    const [{ query, result, now, markers }, options, pendingReveals] = await Promise.all([
      load(c),
      loadFilterOptions(ctx, actor),
      actor.role === "officer" ? Promise.resolve(0) : findPendingRevealRequests(ctx.deps.prisma, actor).then((requests) => requests.length),
    ]);
    const select = (name: keyof TTicketQuery, label: string, choices: { value: string; label: string }[]) => (
      <label>
        {label}
        <select name={name}>
          <option value="">{t("filter-any")}</option>
          {choices.map((choice) => (
            <option value={choice.value} selected={String(query[name] ?? "") === choice.value}>{choice.label}</option>
          ))}
        </select>
      </label>
    );
    return c.html(
      <Layout page={pageOf(c)} title={t("queue-title")} flash={flashOf(c)}>
        <div class="page-head">
          <h1>{t("queue-title")}</h1>
          {pendingReveals > 0 ? (
            <p class="notice">
              <a href="/reveal-requests">{t("queue-pending-reveals", { count: pendingReveals })}</a>
            </p>
          ) : null}
        </div>
        <form method="get" action="/" class="filters" role="search">
          <input type="hidden" name="status" value={query.status ?? "open"} />
          <label class="grow">
            {t("filter-search")}
            <input type="search" name="q" value={query.q ?? ""} placeholder={t("filter-search-placeholder")} />
          </label>
          {select("kind", t("filter-kind"), ["tip", "question", "feedback"].map((kind) => ({ value: kind, label: t(`kind-${kind}`) })))}
          {select("category", t("filter-category"), options.categories.map((category) => ({ value: category.code, label: lang === "en" ? category.nameEn : category.nameVi })))}
          {options.units.length > 0 ? select("unit", t("filter-unit"), options.units.map((unit) => ({ value: unit.code, label: `${unit.code} – ${unit.name}` }))) : null}
          {select("channel", t("filter-channel"), ["telegram", "zalo"].map((channel) => ({ value: channel, label: t(`channel-${channel}`) })))}
          {select("assignee", t("filter-assignee"), [{ value: "mine", label: t("filter-mine") }, { value: "unassigned", label: t("unassigned") }])}
          {select("due", t("filter-due"), [{ value: "overdue", label: t("badge-overdue") }, { value: "soon", label: t("badge-due-soon") }])}
          {select("urgent", t("filter-urgent"), [{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }])}
          {select("anonymous", t("filter-anonymous"), [{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }])}
          {select("sort", t("filter-sort"), [{ value: "due", label: t("sort-due") }, { value: "created", label: t("sort-created") }])}
          <div class="filter-actions">
            <button type="submit" class="button primary">{t("filter-apply")}</button>
            <a href="/" class="button">{t("filter-reset")}</a>
          </div>
        </form>
        <QueueResults t={t} lang={lang} query={query} result={result} now={now} pollSeconds={ctx.queuePollSeconds} markers={markers} />
      </Layout>,
    );
  });
  return app;
}
