import type { TActor } from "../../core/access/actor.ts";
import type { TTicketDetail, TTicketEventView, TTicketMessageView } from "../../core/tickets/get-ticket.ts";
import type { TPossibleDuplicateView } from "../../core/tickets/resolve-possible-duplicate.ts";
import { TICKET_TRANSITIONS } from "../../core/tickets/ticket-workflow.ts";
import type { TLanguage, TTranslate } from "../../locales/translator.ts";
import { formatBytes, formatDateTime } from "../views/format.ts";
import { routingReasonText } from "../views/routing-reason-text.ts";
import { CsrfField, type TPageContext } from "../views/layout.tsx";

export interface TTicketPageData {
  ticket: TTicketDetail;
  cannedReplies: { key: string; title: string; body: string }[];
  assignable: { username: string; displayName: string }[];
  units: { code: string; name: string }[];
  categories: { code: string; nameVi: string; nameEn: string }[];
  /** Set by the background checks: a possible duplicate to merge or dismiss, a flood flag. */
  flags: { possibleDuplicate: TPossibleDuplicateView | null; abuseFlag: string | null };
  /** FAQ managers get "create an FAQ entry from this answer" on officers' answers to questions. */
  canManageFaq: boolean;
}

/** Evidence is fetched through our server (with the viewer's permission, audited) only when shown. */
function AttachmentContent(props: { t: TTranslate; href: string; kind: string }) {
  if (props.kind === "location" || props.kind === "contact") return null;
  if (props.kind === "photo") return <a href={props.href} target="_blank" rel="noopener"><img class="evidence" src={props.href} alt={props.t("attachment-photo")} loading="lazy" /></a>;
  if (props.kind === "voice" || props.kind === "audio") return <audio class="evidence" controls preload="none" src={props.href} />;
  if (props.kind === "video") return <video class="evidence" controls preload="none" src={props.href} />;
  return <a class="button small" href={props.href}>{props.t("attachment-download")}</a>;
}

function Message(props: { t: TTranslate; lang: TLanguage; code: string; message: TTicketMessageView; page: TPageContext; faqFromAnswer: boolean }) {
  const { t, lang, message } = props;
  const who = message.direction === "in" ? t("msg-citizen") : message.direction === "note" ? t("msg-note-by", { name: message.authorName ?? "?" }) : message.authorName ?? t("msg-system");
  return (
    <li class={`message message-${message.direction}`} id={`m-${message.id}`}>
      <div class="message-meta">
        <span class="message-author">{who}</span>
        <time datetime={message.createdAt.toISOString()}>{formatDateTime(message.createdAt, lang)}</time>
        {message.direction === "out" ? <span class={`delivery delivery-${message.deliveryStatus}`}>{t(`delivery-${message.deliveryStatus}`)}</span> : null}
      </div>
      <p class="message-text">{message.text}</p>
      {message.attachments.length > 0 ? (
        <ul class="attachments">
          {message.attachments.map((file) => (
            <li>
              <span class="badge">{t(`attachment-${file.kind}`)}</span> {file.fileName ?? file.mimeType ?? file.kind} · {formatBytes(file.sizeBytes)}
              {file.sha256 ? <code class="hash" title="SHA-256">{file.sha256.slice(0, 16)}…</code> : null}
              <AttachmentContent t={t} href={`/tickets/${props.code}/attachments/${file.id}`} kind={file.kind} />
            </li>
          ))}
        </ul>
      ) : null}
      {props.faqFromAnswer && message.direction === "out" && message.authorName && message.text.trim() ? (
        <a class="button small" href={`/admin/faq/from-answer?ticket=${encodeURIComponent(props.code)}&message=${encodeURIComponent(message.id)}`}>{t("faq-from-answer")}</a>
      ) : null}
      {message.direction === "out" && message.deliveryStatus === "failed" ? (
        <form method="post" action={`/tickets/${props.code}/retry`} class="inline retry">
          <CsrfField page={props.page} />
          <input type="hidden" name="messageId" value={message.id} />
          <span class="error-text">{message.deliveryError}</span>
          <button type="submit" class="button small">{t("action-retry")}</button>
        </form>
      ) : null}
    </li>
  );
}

function describeEvent(t: TTranslate, event: TTicketEventView): string {
  const data = event.data;
  const text = (key: string) => (data[key] === null || data[key] === undefined ? "—" : String(data[key]));
  switch (event.type) {
    case "routed":
      return t("event-routed", { unit: text("unitCode"), reason: routingReasonText(t, data.reason) });
    case "transferred":
      return t("event-transferred", { from: text("fromUnitCode"), to: text("toUnitCode"), reason: text("reason") });
    case "status":
      return t("event-status", { from: t(`status-${text("from")}`), to: t(`status-${text("to")}`) }) + (data.reason ? ` — ${text("reason")}` : "");
    case "category":
      return t("event-category", { from: text("from"), to: text("to") });
    case "assigned":
      return t("event-assigned", { assignee: text("assignee") });
    case "merged":
      return data.into ? t("event-merged-into", { code: text("into") }) : t("event-merged-from", { code: text("absorbed") });
    case "possible_duplicate":
      return t("event-possible_duplicate", { code: text("of"), score: typeof data.score === "number" ? data.score : text("score") });
    case "duplicate_dismissed":
      return t("event-duplicate_dismissed", { code: text("of") });
    case "flagged":
      return t("event-flagged", { flag: t(`flag-name-${text("flag")}`) });
    default:
      return t(`event-${event.type}`);
  }
}

function Facts(props: { t: TTranslate; lang: TLanguage; ticket: TTicketDetail }) {
  const { t, lang, ticket } = props;
  const rows: [string, string][] = [
    [t("fact-code"), ticket.code],
    [t("fact-kind"), t(`kind-${ticket.kind}`)],
    [t("fact-category"), lang === "en" ? ticket.category.nameEn : ticket.category.nameVi],
    [t("fact-unit"), `${ticket.unit.code} – ${ticket.unit.name}`],
    [t("fact-assignee"), ticket.assignee?.displayName ?? t("unassigned")],
    [t("fact-status"), t(`status-${ticket.status}`)],
    [t("fact-channel"), t(`channel-${ticket.channel}`)],
    [t("fact-created"), formatDateTime(ticket.createdAt, lang)],
    [t("fact-first-response-due"), formatDateTime(ticket.firstResponseDueAt, lang)],
    [t("fact-first-responded"), formatDateTime(ticket.firstRespondedAt, lang)],
    [t("fact-due"), formatDateTime(ticket.dueAt, lang)],
    [t("fact-place"), [ticket.locationText, ticket.wardName].filter(Boolean).join(" · ") || "—"],
  ];
  if (ticket.resolvedAt) rows.push([t("fact-resolved"), formatDateTime(ticket.resolvedAt, lang)]);
  if (ticket.rejectionReason) rows.push([t("fact-rejection"), ticket.rejectionReason]);
  if (ticket.satisfactionRating !== null) rows.push([t("fact-rating"), `${ticket.satisfactionRating}/5`]);
  if (ticket.mergedIntoCode) rows.push([t("fact-merged-into"), ticket.mergedIntoCode]);
  if (ticket.mergedFromCodes.length) rows.push([t("fact-merged-from"), ticket.mergedFromCodes.join(", ")]);
  return (
    <dl class="facts">
      {rows.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

function Identity(props: { t: TTranslate; page: TPageContext; ticket: TTicketDetail; actor: TActor }) {
  const { t, ticket, actor } = props;
  const myRequest = ticket.revealRequests.find((request) => request.requestedById === actor.id && request.status !== "refused");
  return (
    <section class="card" aria-labelledby="identity-h">
      <h2 id="identity-h">{t("identity-title")}</h2>
      {ticket.identity ? (
        <dl class="facts">
          <dt>{t("identity-name")}</dt>
          <dd>{ticket.identity.displayName ?? "—"}</dd>
          <dt>{t("identity-phone")}</dt>
          <dd>{ticket.identity.phone ?? "—"}</dd>
        </dl>
      ) : ticket.isAnonymous ? (
        <p class="muted">{t("identity-hidden")}</p>
      ) : (
        <p class="muted">{t("identity-none")}</p>
      )}
      {ticket.isCitizenBlocked ? <p class="badge badge-urgent">{t("identity-blocked")}</p> : null}
      {ticket.isAnonymous ? (
        <>
          {ticket.revealRequests.length > 0 ? (
            <ul class="plain">
              {ticket.revealRequests.map((request) => (
                <li>
                  <strong>{t(`reveal-status-${request.status}`)}</strong> · {request.requestedByName}: {request.reason}
                  {request.decidedByName ? ` (${request.decidedByName}${request.decisionNote ? `: ${request.decisionNote}` : ""})` : ""}
                  {request.status === "pending" && actor.role !== "officer" && request.requestedById !== actor.id ? (
                    <form method="post" action={`/tickets/${ticket.code}/reveal/${request.id}`} class="stack compact">
                      <CsrfField page={props.page} />
                      <input name="note" placeholder={t("reveal-note")} aria-label={t("reveal-note")} />
                      <span class="row">
                        <button type="submit" name="decision" value="approve" class="button small">{t("reveal-approve")}</button>
                        <button type="submit" name="decision" value="refuse" class="button small">{t("reveal-refuse")}</button>
                      </span>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {!myRequest ? (
            <form method="post" action={`/tickets/${ticket.code}/reveal`} class="stack compact">
              <CsrfField page={props.page} />
              <label>
                {t("reveal-reason")}
                <textarea name="reason" rows={2} minlength={10} required></textarea>
              </label>
              <button type="submit" class="button small">{t("reveal-request")}</button>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function Actions(props: { t: TTranslate; lang: TLanguage; page: TPageContext; data: TTicketPageData; actor: TActor }) {
  const { t, lang, page, data, actor } = props;
  const { ticket } = data;
  const base = `/tickets/${ticket.code}`;
  const transitions = ticket.mergedIntoCode ? [] : TICKET_TRANSITIONS[ticket.status];
  return (
    <section class="card actions" aria-labelledby="actions-h">
      <h2 id="actions-h">{t("actions-title")}</h2>
      {transitions.length > 0 ? (
        <form method="post" action={`${base}/status`} class="stack compact">
          <CsrfField page={page} />
          <label>
            {t("action-status")}
            <select name="status">
              {transitions.map((status) => (
                <option value={status}>{t(`status-${status}`)}</option>
              ))}
            </select>
          </label>
          <input name="reason" placeholder={t("action-status-reason")} aria-label={t("action-status-reason")} />
          <button type="submit" class="button small">{t("action-status-submit")}</button>
        </form>
      ) : null}
      <form method="post" action={`${base}/assign`} class="stack compact">
        <CsrfField page={page} />
        <label>
          {t("action-assign")}
          <select name="assignee">
            <option value="">{t("unassigned")}</option>
            {data.assignable.map((person) => (
              <option value={person.username} selected={ticket.assignee?.username === person.username}>{person.displayName}</option>
            ))}
          </select>
        </label>
        <button type="submit" class="button small">{t("action-assign-submit")}</button>
      </form>
      <form method="post" action={`${base}/transfer`} class="stack compact">
        <CsrfField page={page} />
        <label>
          {t("action-transfer")}
          <select name="unitCode" required>
            <option value="">{t("action-transfer-choose")}</option>
            {data.units.filter((unit) => unit.code !== ticket.unit.code).map((unit) => (
              <option value={unit.code}>{`${unit.code} – ${unit.name}`}</option>
            ))}
          </select>
        </label>
        <input name="reason" required placeholder={t("action-transfer-reason")} aria-label={t("action-transfer-reason")} />
        <button type="submit" class="button small">{t("action-transfer-submit")}</button>
      </form>
      <form method="post" action={`${base}/category`} class="stack compact">
        <CsrfField page={page} />
        <label>
          {t("action-category")}
          <select name="categoryCode">
            {data.categories.map((category) => (
              <option value={category.code} selected={category.code === ticket.category.code}>{lang === "en" ? category.nameEn : category.nameVi}</option>
            ))}
          </select>
        </label>
        <button type="submit" class="button small">{t("action-category-submit")}</button>
      </form>
      {!ticket.mergedIntoCode ? (
        <form method="post" action={`${base}/merge`} class="stack compact">
          <CsrfField page={page} />
          <label>
            {t("action-merge")}
            <input name="intoCode" required placeholder="TG-26-000123" />
          </label>
          <button type="submit" class="button small">{t("action-merge-submit")}</button>
        </form>
      ) : null}
      {!ticket.isSpam ? (
        <form method="post" action={`${base}/spam`} class="stack compact">
          <CsrfField page={page} />
          {actor.role !== "officer" && ticket.hasCitizen ? (
            <label class="check">
              <input type="checkbox" name="block" value="yes" /> {t("action-spam-block")}
            </label>
          ) : null}
          <button type="submit" class="button small danger">{t("action-spam")}</button>
        </form>
      ) : null}
    </section>
  );
}

/** What the background checks saw: a possible duplicate (merge or dismiss, both audited) and floods. */
function TicketFlags(props: { t: TTranslate; page: TPageContext; code: string; flags: TTicketPageData["flags"]; isMerged: boolean }) {
  const { t, page, flags } = props;
  const duplicate = props.isMerged ? null : flags.possibleDuplicate;
  if (!duplicate && !flags.abuseFlag) return null;
  return (
    <>
      {duplicate ? (
        <section class="notice possible-duplicate" id="possible-duplicate">
          <p>
            <strong>
              {t("duplicate-possible-of")}{" "}
              {duplicate.isVisible ? <a href={`/tickets/${duplicate.code}`} class="ticket-code">{duplicate.code}</a> : <span class="ticket-code">{duplicate.code}</span>}
            </strong>
            {duplicate.isVisible ? null : <span class="muted"> {t("duplicate-out-of-scope")}</span>}
          </p>
          <p class="small">{t("duplicate-hint")}</p>
          <span class="row">
            {duplicate.isVisible ? (
              <form method="post" action={`/tickets/${props.code}/duplicate/merge`} class="inline">
                <CsrfField page={page} />
                <button type="submit" class="button small primary">{t("duplicate-merge")}</button>
              </form>
            ) : null}
            <form method="post" action={`/tickets/${props.code}/duplicate/dismiss`} class="inline">
              <CsrfField page={page} />
              <button type="submit" class="button small">{t("duplicate-dismiss")}</button>
            </form>
          </span>
        </section>
      ) : null}
      {flags.abuseFlag ? (
        <p class="notice flood-flag" id="flood-flag">
          <span class="badge badge-urgent">{t("badge-flood")}</span> {t(`flag-${flags.abuseFlag}`)}
        </p>
      ) : null}
    </>
  );
}

/** The ticket page body: conversation and reply on the left, facts, identity, actions and history on the right. */
export function TicketView(props: { page: TPageContext; data: TTicketPageData; actor: TActor }) {
  const { page, data, actor } = props;
  const { t, lang } = page;
  const { ticket } = data;
  const canReply = ticket.hasCitizen && !ticket.mergedIntoCode && ticket.status !== "closed" && ticket.status !== "rejected";
  return (
    <div class="ticket">
      <div class="page-head">
        <h1>
          <span class="ticket-code">{ticket.code}</span> <span class={`status status-${ticket.status}`}>{t(`status-${ticket.status}`)}</span>
          {ticket.isUrgent ? <span class="badge badge-urgent">{t("badge-urgent")}</span> : null}
          {ticket.isAnonymous ? <span class="badge badge-anon">{t("badge-anonymous")}</span> : null}
          {ticket.isSpam ? <span class="badge">{t("badge-spam")}</span> : null}
        </h1>
        <a href="/" class="back">{t("ticket-back")}</a>
      </div>
      <div class="ticket-grid">
        <div class="ticket-main">
          <TicketFlags t={t} page={page} code={ticket.code} flags={data.flags} isMerged={!!ticket.mergedIntoCode} />
          <section class="card" aria-labelledby="conv-h">
            <h2 id="conv-h">{t("ticket-conversation")}</h2>
            <ol class="conversation">
              {ticket.messages.map((message) => (
                <Message t={t} lang={lang} code={ticket.code} message={message} page={page} faqFromAnswer={data.canManageFaq && ticket.kind === "question"} />
              ))}
            </ol>
          </section>
          {canReply ? (
            <section class="card" aria-labelledby="reply-h">
              <h2 id="reply-h">{t("reply-title")}</h2>
              <form method="post" action={`/tickets/${ticket.code}/reply`} class="stack" id="reply-form">
                <CsrfField page={page} />
                {data.cannedReplies.length > 0 ? (
                  <label>
                    {t("reply-canned")}
                    <select id="canned-reply" data-canned-target="reply-text">
                      <option value="">{t("reply-canned-choose")}</option>
                      {data.cannedReplies.map((reply) => (
                        <option value={reply.body}>{reply.title}</option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <label>
                  {t("reply-text")}
                  <textarea id="reply-text" name="text" rows={5} required maxlength={4000}></textarea>
                </label>
                <p class="muted small">{t("reply-hint", { channel: t(`channel-${ticket.channel}`) })}</p>
                <button type="submit" class="button primary">{t("reply-send")}</button>
              </form>
            </section>
          ) : (
            <p class="notice">{ticket.hasCitizen ? t("reply-closed") : t("reply-no-citizen")}</p>
          )}
          <section class="card" aria-labelledby="note-h">
            <h2 id="note-h">{t("note-title")}</h2>
            <form method="post" action={`/tickets/${ticket.code}/notes`} class="stack">
              <CsrfField page={page} />
              <label>
                {t("note-text")}
                <textarea name="text" rows={2} required maxlength={4000}></textarea>
              </label>
              <button type="submit" class="button">{t("note-add")}</button>
            </form>
          </section>
        </div>
        <aside class="ticket-side">
          <section class="card" aria-labelledby="facts-h">
            <h2 id="facts-h">{t("facts-title")}</h2>
            <Facts t={t} lang={lang} ticket={ticket} />
          </section>
          <Identity t={t} page={page} ticket={ticket} actor={actor} />
          <Actions t={t} lang={lang} page={page} data={data} actor={actor} />
          <section class="card" aria-labelledby="history-h">
            <h2 id="history-h">{t("history-title")}</h2>
            <ol class="history">
              {ticket.events.map((event) => (
                <li>
                  <time datetime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, lang)}</time>
                  {event.actorName ? <strong> {event.actorName}:</strong> : null} {describeEvent(t, event)}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </div>
  );
}
