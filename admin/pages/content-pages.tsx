import { Hono } from "hono";
import { AppError, isAppError } from "../../core/errors/app-error.ts";
import { loadPublishedFaqEntries } from "../../core/faq/load-understanding-service.ts";
import { draftFaqFromAnswer, type TFaqDraft } from "../../core/tickets/draft-faq-from-answer.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { formatDate } from "../views/format.ts";
import { CsrfField, Layout, type TPageContext } from "../views/layout.tsx";
import { auditConfigChange, listOf } from "./audit-config-change.ts";

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;
const TICKET_CODE = /^[A-Za-z]{2}-\d{2}-\d{1,9}$/;

/** The new-entry form, empty or prefilled from an officer's answer (then it says where it came from). */
function FaqCreateForm(props: { page: TPageContext; categories: { code: string; nameVi: string }[]; draft?: TFaqDraft }) {
  const { page, draft } = props;
  const { t } = page;
  return (
    <form method="post" action="/admin/faq" class="grid-form" id="faq-create-form">
      <CsrfField page={page} />
      {draft ? (
        <>
          <input type="hidden" name="fromTicket" value={draft.ticketCode} />
          <input type="hidden" name="fromMessage" value={draft.messageId} />
        </>
      ) : null}
      <label>{t("faq-slug")}<input name="slug" required pattern="[a-z0-9][a-z0-9\-]{1,80}" value={draft?.suggestedSlug ?? ""} /></label>
      <label>
        {t("fact-category")}
        <select name="categoryCode">
          <option value="">—</option>
          {props.categories.map((category) => <option value={category.code} selected={category.code === draft?.categoryCode}>{category.nameVi}</option>)}
        </select>
      </label>
      <label class="wide">{t("faq-question")}<input name="question" required value={draft?.question ?? ""} /></label>
      <label class="wide">{t("faq-answer")}<textarea name="answer" rows={4} required>{draft?.answer ?? ""}</textarea></label>
      <label class="wide">{t("faq-keywords")}<input name="keywords" /></label>
      <button type="submit" class="button primary">{t("faq-create-submit")}</button>
    </form>
  );
}

/** /admin/faq, /admin/canned-replies and /admin/holidays: the content the bots and officers reuse. */
export function createContentPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma, clock } = ctx.deps;
  const audit = (c: { get(key: "actor"): Parameters<typeof auditConfigChange>[1] }, action: string, entityType: string, entityId: string | null, details: Record<string, unknown>) =>
    auditConfigChange(prisma, c.get("actor"), { action, entityType, entityId, details }, clock.now());
  /** The panel's FAQ search (/api/faq/search) sees an edit at once; the bots reload theirs every few minutes. */
  const refreshFaqIndex = async () => {
    if (ctx.understanding) ctx.understanding.updateFaqEntries(await loadPublishedFaqEntries(prisma));
  };

  // ── FAQ ──────────────────────────────────────────────────────────────────────────────
  app.get("/admin/faq", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const [entries, categories] = await Promise.all([
      prisma.faqEntry.findMany({ orderBy: { slug: "asc" }, include: { category: { select: { code: true } } } }),
      prisma.category.findMany({ orderBy: { code: "asc" }, select: { code: true, nameVi: true } }),
    ]);
    const categorySelect = (selected: string | null) => (
      <select name="categoryCode">
        <option value="">—</option>
        {categories.map((category) => <option value={category.code} selected={category.code === selected}>{category.nameVi}</option>)}
      </select>
    );
    return c.html(
      <Layout page={page} title={t("faq-title")} flash={flashOf(c)}>
        <h1>{t("faq-title")}</h1>
        <section class="card">
          <h2>{t("faq-create")}</h2>
          <FaqCreateForm page={page} categories={categories} />
        </section>
        {entries.map((entry) => (
          <section class="card" id={`faq-${entry.slug}`}>
            <h2><code>{entry.slug}</code> {!entry.isPublished ? <span class="badge">{t("faq-unpublished")}</span> : null} <span class="muted small">👍 {entry.helpfulCount} · 👎 {entry.notHelpfulCount}</span></h2>
            <form method="post" action={`/admin/faq/${entry.slug}`} class="grid-form">
              <CsrfField page={page} />
              <label class="wide">{t("faq-question")}<input name="question" value={entry.question} required /></label>
              <label class="wide">{t("faq-answer")}<textarea name="answer" rows={4} required>{entry.answer}</textarea></label>
              <label class="wide">{t("faq-keywords")}<input name="keywords" value={entry.keywords.join(", ")} /></label>
              <label>{t("fact-category")}{categorySelect(entry.category?.code ?? null)}</label>
              <label class="check"><input type="checkbox" name="isPublished" value="yes" checked={entry.isPublished} /> {t("faq-published")}</label>
              <button type="submit" class="button small">{t("save")}</button>
            </form>
          </section>
        ))}
      </Layout>,
    );
  });

  const faqData = async (body: Record<string, unknown>) => {
    const question = fieldOf(body, "question");
    const answer = fieldOf(body, "answer");
    if (!question) throw new AppError("VALIDATION", "Question required", { field: "question" });
    if (!answer) throw new AppError("VALIDATION", "Answer required", { field: "answer" });
    const categoryCode = fieldOf(body, "categoryCode");
    const category = categoryCode ? await prisma.category.findUnique({ where: { code: categoryCode } }) : null;
    return { question, answer, keywords: listOf(fieldOf(body, "keywords")), categoryId: category?.id ?? null };
  };

  // "Create an FAQ entry from this answer" on a question ticket: the entry form, prefilled.
  app.get("/admin/faq/from-answer", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const code = (c.req.query("ticket") ?? "").trim().toUpperCase();
    const messageId = (c.req.query("message") ?? "").trim();
    if (!TICKET_CODE.test(code) || !messageId) return c.text(t("error-NOT_FOUND"), 404);
    let draft: TFaqDraft;
    try {
      draft = await draftFaqFromAnswer(c.get("actor"), { code, messageId }, { prisma });
    } catch (error) {
      if (isAppError(error, "NOT_FOUND")) return c.text(t("error-NOT_FOUND"), 404);
      throw error;
    }
    const categories = await prisma.category.findMany({ orderBy: { code: "asc" }, select: { code: true, nameVi: true } });
    return c.html(
      <Layout page={page} title={t("faq-from-ticket-title", { code })} flash={flashOf(c)}>
        <h1>{t("faq-from-ticket-title", { code })}</h1>
        <p class="muted"><a href={`/tickets/${code}`}>{code}</a> · {t("faq-from-ticket-hint")}</p>
        <section class="card">
          <FaqCreateForm page={page} categories={categories} draft={draft} />
        </section>
      </Layout>,
    );
  });

  app.post("/admin/faq", async (c) => {
    const body = await c.req.parseBody();
    const fromTicket = fieldOf(body, "fromTicket").toUpperCase();
    const fromMessage = fieldOf(body, "fromMessage");
    const isFromAnswer = TICKET_CODE.test(fromTicket) && !!fromMessage;
    const slug = fieldOf(body, "slug");
    const back = isFromAnswer ? `/admin/faq/from-answer?ticket=${encodeURIComponent(fromTicket)}&message=${encodeURIComponent(fromMessage)}` : "/admin/faq";
    const response = await runFormAction(c, back, "saved", async () => {
      if (!SLUG.test(slug)) throw new AppError("VALIDATION", "Bad slug", { field: "slug" });
      if (await prisma.faqEntry.findUnique({ where: { slug } })) throw new AppError("CONFLICT", "Slug taken", { field: "slug" });
      // The answer must still be one a staff member gave to a question ticket the admin can see.
      const source = isFromAnswer ? await draftFaqFromAnswer(c.get("actor"), { code: fromTicket, messageId: fromMessage }, { prisma }) : null;
      const entry = await prisma.faqEntry.create({ data: { slug, ...(await faqData(body)), checkedAt: clock.now() } });
      await audit(c, "config.faq.create", "faq", entry.id, source ? { slug, fromTicket: source.ticketCode, fromMessage: source.messageId } : { slug });
      await refreshFaqIndex();
    });
    return isFromAnswer && response.headers.get("location")?.includes("ok=saved") ? c.redirect(`/admin/faq?ok=saved#faq-${slug}`, 303) : response;
  });

  app.post("/admin/faq/:slug", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/faq", "saved", async () => {
      const entry = await prisma.faqEntry.findUnique({ where: { slug: c.req.param("slug") } });
      if (!entry) throw new AppError("NOT_FOUND", "No such entry");
      await prisma.faqEntry.update({ where: { id: entry.id }, data: { ...(await faqData(body)), isPublished: fieldOf(body, "isPublished") === "yes", checkedAt: clock.now() } });
      await audit(c, "config.faq.update", "faq", entry.id, { slug: entry.slug });
      await refreshFaqIndex();
    });
  });

  // ── Canned replies ───────────────────────────────────────────────────────────────────
  app.get("/admin/canned-replies", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const [replies, units] = await Promise.all([
      prisma.cannedReply.findMany({ orderBy: { key: "asc" }, include: { unit: { select: { code: true } } } }),
      prisma.unit.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    ]);
    const unitSelect = (selected: string | null) => (
      <select name="unitCode">
        <option value="">{t("canned-all-units")}</option>
        {units.map((unit) => <option value={unit.code} selected={unit.code === selected}>{`${unit.code} – ${unit.name}`}</option>)}
      </select>
    );
    return c.html(
      <Layout page={page} title={t("canned-title")} flash={flashOf(c)}>
        <h1>{t("canned-title")}</h1>
        <section class="card">
          <h2>{t("canned-create")}</h2>
          <form method="post" action="/admin/canned-replies" class="grid-form">
            <CsrfField page={page} />
            <label>{t("canned-key")}<input name="key" required pattern="[a-z0-9_\-]{2,60}" /></label>
            <label>{t("canned-unit")}{unitSelect(null)}</label>
            <label class="wide">{t("canned-title-field")}<input name="title" required /></label>
            <label class="wide">{t("canned-body")}<textarea name="body" rows={4} required></textarea></label>
            <button type="submit" class="button primary">{t("canned-create-submit")}</button>
          </form>
        </section>
        {replies.map((reply) => (
          <section class="card" id={`canned-${reply.key}`}>
            <h2><code>{reply.key}</code></h2>
            <form method="post" action={`/admin/canned-replies/${reply.key}`} class="grid-form">
              <CsrfField page={page} />
              <label class="wide">{t("canned-title-field")}<input name="title" value={reply.title} required /></label>
              <label class="wide">{t("canned-body")}<textarea name="body" rows={4} required>{reply.body}</textarea></label>
              <label>{t("canned-unit")}{unitSelect(reply.unit?.code ?? null)}</label>
              <button type="submit" class="button small">{t("save")}</button>
            </form>
            <form method="post" action={`/admin/canned-replies/${reply.key}/delete`} class="inline">
              <CsrfField page={page} />
              <button type="submit" class="button small danger">{t("delete")}</button>
            </form>
          </section>
        ))}
      </Layout>,
    );
  });

  const cannedData = async (body: Record<string, unknown>) => {
    const title = fieldOf(body, "title");
    const text = fieldOf(body, "body");
    if (!title) throw new AppError("VALIDATION", "Title required", { field: "title" });
    if (!text) throw new AppError("VALIDATION", "Text required", { field: "body" });
    const unitCode = fieldOf(body, "unitCode");
    const unit = unitCode ? await prisma.unit.findUnique({ where: { code: unitCode } }) : null;
    return { title, body: text, unitId: unit?.id ?? null };
  };

  app.post("/admin/canned-replies", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/canned-replies", "saved", async () => {
      const key = fieldOf(body, "key");
      if (!/^[a-z0-9_-]{2,60}$/.test(key)) throw new AppError("VALIDATION", "Bad key", { field: "key" });
      if (await prisma.cannedReply.findUnique({ where: { key } })) throw new AppError("CONFLICT", "Key taken", { field: "key" });
      const reply = await prisma.cannedReply.create({ data: { key, ...(await cannedData(body)) } });
      await audit(c, "config.canned.create", "canned_reply", reply.id, { key });
    });
  });
  app.post("/admin/canned-replies/:key", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/canned-replies", "saved", async () => {
      const reply = await prisma.cannedReply.findUnique({ where: { key: c.req.param("key") } });
      if (!reply) throw new AppError("NOT_FOUND", "No such reply");
      await prisma.cannedReply.update({ where: { id: reply.id }, data: await cannedData(body) });
      await audit(c, "config.canned.update", "canned_reply", reply.id, { key: reply.key });
    });
  });
  app.post("/admin/canned-replies/:key/delete", (c) =>
    runFormAction(c, "/admin/canned-replies", "deleted", async () => {
      const reply = await prisma.cannedReply.findUnique({ where: { key: c.req.param("key") } });
      if (!reply) throw new AppError("NOT_FOUND", "No such reply");
      await prisma.cannedReply.delete({ where: { id: reply.id } });
      await audit(c, "config.canned.delete", "canned_reply", reply.id, { key: reply.key });
    }),
  );

  // ── Holidays ─────────────────────────────────────────────────────────────────────────
  app.get("/admin/holidays", async (c) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const page = pageOf(c);
    const holidays = await prisma.holiday.findMany({ orderBy: { date: "asc" } });
    return c.html(
      <Layout page={page} title={t("holidays-title")} flash={flashOf(c)}>
        <h1>{t("holidays-title")}</h1>
        <p class="muted">{t("holidays-hint")}</p>
        <section class="card">
          <form method="post" action="/admin/holidays" class="grid-form">
            <CsrfField page={page} />
            <label>{t("holidays-date")}<input type="date" name="date" required /></label>
            <label>{t("holidays-name")}<input name="name" required /></label>
            <button type="submit" class="button primary">{t("holidays-add")}</button>
          </form>
        </section>
        <section class="card">
          <ul class="plain">
            {holidays.map((holiday) => (
              <li>
                {formatDate(holiday.date, lang)} — {holiday.name}
                <form method="post" action={`/admin/holidays/${holiday.id}/delete`} class="inline">
                  <CsrfField page={page} />
                  <button type="submit" class="button small danger">{t("delete")}</button>
                </form>
              </li>
            ))}
          </ul>
          {holidays.length === 0 ? <p class="empty">{t("holidays-none")}</p> : null}
        </section>
      </Layout>,
    );
  });
  app.post("/admin/holidays", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/holidays", "saved", async () => {
      const date = fieldOf(body, "date");
      const name = fieldOf(body, "name");
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new AppError("VALIDATION", "Bad date", { field: "date" });
      if (!name) throw new AppError("VALIDATION", "Name required", { field: "name" });
      const day = new Date(`${date}T00:00:00Z`);
      if (await prisma.holiday.findUnique({ where: { date: day } })) throw new AppError("CONFLICT", "Already a holiday", { field: "date" });
      const holiday = await prisma.holiday.create({ data: { date: day, name } });
      await audit(c, "config.holiday.create", "holiday", holiday.id, { date, name });
    });
  });
  app.post("/admin/holidays/:id/delete", (c) =>
    runFormAction(c, "/admin/holidays", "deleted", async () => {
      const holiday = await prisma.holiday.findUnique({ where: { id: c.req.param("id") } });
      if (!holiday) throw new AppError("NOT_FOUND", "No such holiday");
      await prisma.holiday.delete({ where: { id: holiday.id } });
      await audit(c, "config.holiday.delete", "holiday", holiday.id, { date: holiday.date.toISOString().slice(0, 10) });
    }),
  );
  return app;
}
