import { Hono } from "hono";
import type { TActor } from "../../core/access/actor.ts";
import { countUnreadNotifications } from "../../core/sla/count-unread-notifications.ts";
import { findNotifications, markNotificationsRead, type TNotificationItem } from "../../core/sla/find-notifications.ts";
import type { TTranslate } from "../../locales/translator.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { flashOf, pageOf } from "../http/page-helpers.ts";
import { formatDateTime } from "../views/format.ts";
import { CsrfField, Layout, UNREAD_BADGE_ID, UNREAD_BADGE_PATH, UNREAD_BADGE_POLL } from "../views/layout.tsx";

/** How long a person's unread count is reused: the badge polls every minute from every open tab. */
const BADGE_CACHE_MS = 10_000;

/**
 * A few seconds' memory of each person's unread count, so many tabs and page loads cost one count
 * query; marking notices read here forgets the reader's entry. Another instance (or a colleague
 * reading a whole-unit notice) is seen at the latest after BADGE_CACHE_MS.
 */
function createUnreadCache(prisma: TAdminContext["deps"]["prisma"]) {
  const entries = new Map<string, { at: number; count: number }>();
  return {
    async count(actor: TActor, now: number): Promise<number> {
      const hit = entries.get(actor.id);
      if (hit && now - hit.at < BADGE_CACHE_MS && hit.at <= now) return hit.count;
      const count = await countUnreadNotifications(actor, { prisma });
      entries.set(actor.id, { at: now, count });
      if (entries.size > 5000) entries.delete(entries.keys().next().value!);
      return count;
    },
    forget: (actorId: string) => void entries.delete(actorId),
  };
}

/** The menu badge (htmx swaps it in on page load and polls it): empty when nothing is unread. */
function UnreadBadge(props: { count: number; label: string }) {
  return (
    <span id={UNREAD_BADGE_ID} class={props.count > 0 ? "badge badge-overdue" : undefined} title={props.count > 0 ? props.label : undefined} data-unread={String(props.count)} hx-get={UNREAD_BADGE_PATH} hx-trigger={UNREAD_BADGE_POLL} hx-swap="outerHTML">
      {props.count > 0 ? (props.count > 99 ? "99+" : String(props.count)) : null}
    </span>
  );
}

/** One notice in the reader's language: deadline reminders, escalations and low ratings. */
function noticeText(t: TTranslate, item: TNotificationItem): string {
  const code = String(item.data.code ?? "");
  const unit = String(item.data.unitCode ?? "");
  const kind = item.kind.replace(/[^a-z0-9_]/gi, "-");
  const text = t(`notice-${kind}`, { code, unit, rating: Number(item.data.rating ?? 0) });
  return text === `notice-${kind}` ? t("notice-other", { code, kind: item.kind }) : text;
}

/** /notifications: the signed-in staff member's notices (theirs and their unit's), newest first. */
export function createNotificationsPage(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const unread = createUnreadCache(ctx.deps.prisma);
  app.get(UNREAD_BADGE_PATH, async (c) => {
    const count = await unread.count(c.get("actor"), ctx.deps.clock.now().getTime());
    return c.html(<UnreadBadge count={count} label={c.get("t")("notice-unread", { count })} />);
  });
  app.get("/notifications", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const { items, unread } = await findNotifications(c.get("actor"), { limit: 100 }, { prisma: ctx.deps.prisma });
    return c.html(
      <Layout page={page} title={t("notice-title")} flash={flashOf(c)}>
        <div class="page-head">
          <h1>{t("notice-title")}</h1>
          {unread > 0 ? (
            <form method="post" action="/notifications/read">
              <CsrfField page={page} />
              <button type="submit">{t("notice-mark-read", { count: unread })}</button>
            </form>
          ) : null}
        </div>
        {items.length === 0 ? (
          <p class="empty">{t("notice-empty")}</p>
        ) : (
          <ul class="notices">
            {items.map((item) => (
              <li class={item.readAt ? "notice" : "notice unread"}>
                <time>{formatDateTime(item.createdAt, page.lang)}</time>{" "}
                {item.data.code ? <a class="ticket-code" href={`/tickets/${String(item.data.code)}`}>{noticeText(t, item)}</a> : noticeText(t, item)}
              </li>
            ))}
          </ul>
        )}
      </Layout>,
    );
  });
  app.post("/notifications/read", async (c) => {
    await markNotificationsRead(c.get("actor"), {}, { prisma: ctx.deps.prisma, clock: ctx.deps.clock });
    unread.forget(c.get("actor").id);
    return c.redirect("/notifications", 303);
  });
  return app;
}
