import { Hono } from "hono";
import { findNotifications, markNotificationsRead, type TNotificationItem } from "../../core/sla/find-notifications.ts";
import type { TTranslate } from "../../locales/translator.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { flashOf, pageOf } from "../http/page-helpers.ts";
import { formatDateTime } from "../views/format.ts";
import { CsrfField, Layout } from "../views/layout.tsx";

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
    return c.redirect("/notifications", 303);
  });
  return app;
}
