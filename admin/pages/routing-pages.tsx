import { Hono } from "hono";
import type { Prisma } from "../../prisma/generated/client.ts";
import { AppError } from "../../core/errors/app-error.ts";
import { loadRoutingContext } from "../../core/routing/load-routing-context.ts";
import { routeTicket, type TRoutingDecision, type TRuleConditions } from "../../core/routing/route-ticket.ts";
import { classifyMessage, type Classification } from "../../core/understanding/index.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { CsrfField, Layout } from "../views/layout.tsx";
import { routingReasonText } from "../views/routing-reason-text.ts";
import { auditConfigChange, listOf } from "./audit-config-change.ts";

const KINDS = ["tip", "question", "feedback"] as const;
const CHANNELS = ["telegram", "zalo"] as const;

function describeConditions(conditions: TRuleConditions): string {
  const parts: string[] = [];
  if (conditions.kinds?.length) parts.push(`kind ∈ {${conditions.kinds.join(", ")}}`);
  if (conditions.categoryCodes?.length) parts.push(`category ∈ {${conditions.categoryCodes.join(", ")}}`);
  if (conditions.wardCodes?.length) parts.push(`ward ∈ {${conditions.wardCodes.join(", ")}}`);
  if (conditions.channels?.length) parts.push(`channel ∈ {${conditions.channels.join(", ")}}`);
  if (conditions.keywords?.length) parts.push(`keywords: ${conditions.keywords.join(", ")}`);
  return parts.join(" · ") || "*";
}

/** Reads the rule form into conditions, keeping only known kinds and channels. */
function conditionsFromForm(body: Record<string, unknown>): TRuleConditions {
  const conditions: TRuleConditions = {};
  const kinds = listOf(fieldOf(body, "kinds")).filter((kind): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind));
  const channels = listOf(fieldOf(body, "channels")).filter((channel): channel is (typeof CHANNELS)[number] => (CHANNELS as readonly string[]).includes(channel));
  const categoryCodes = listOf(fieldOf(body, "categoryCodes"));
  const wardCodes = listOf(fieldOf(body, "wardCodes")).map((code) => code.toUpperCase());
  const keywords = listOf(fieldOf(body, "keywords"));
  if (kinds.length) conditions.kinds = kinds;
  if (channels.length) conditions.channels = channels;
  if (categoryCodes.length) conditions.categoryCodes = categoryCodes;
  if (wardCodes.length) conditions.wardCodes = wardCodes;
  if (keywords.length) conditions.keywords = keywords;
  return conditions;
}

/** /admin/routing: ordered rules, and a box that shows where a sample message would go and why. */
export function createRoutingPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma, clock } = ctx.deps;

  app.get("/admin/routing", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const [rules, units] = await Promise.all([
      prisma.routingRule.findMany({ orderBy: { position: "asc" }, include: { targetUnit: { select: { code: true, name: true } } } }),
      prisma.unit.findMany({ where: { isActive: true }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
    ]);
    const sample = c.req.query("sample")?.slice(0, 2000) ?? "";
    const channel = c.req.query("channel") === "zalo" ? "zalo" : "telegram";
    const wardCode = (c.req.query("ward") ?? "").trim().toUpperCase();
    let trial: { classification: Classification; decision: TRoutingDecision; wardName: string | null } | null = null;
    if (sample.trim()) {
      const classification = classifyMessage(sample);
      const ward = wardCode ? await prisma.ward.findUnique({ where: { code: wardCode }, include: { stationUnit: { select: { code: true } } } }) : null;
      const decision = routeTicket(
        { kind: classification.kind, categoryCode: classification.categoryCode, wardCode: ward?.code ?? null, wardStationUnitCode: ward?.stationUnit.code ?? null, text: sample, channel },
        await loadRoutingContext(prisma, classification.categoryCode),
      );
      trial = { classification, decision, wardName: ward?.name ?? null };
    }
    return c.html(
      <Layout page={page} title={t("routing-title")} flash={flashOf(c)}>
        <h1>{t("routing-title")}</h1>
        <section class="card" aria-labelledby="trial-h">
          <h2 id="trial-h">{t("routing-trial")}</h2>
          <form method="get" action="/admin/routing" class="grid-form">
            <label class="wide">{t("routing-sample")}<textarea name="sample" rows={3} required>{sample}</textarea></label>
            <label>{t("filter-channel")}<select name="channel">{CHANNELS.map((value) => <option value={value} selected={value === channel}>{t(`channel-${value}`)}</option>)}</select></label>
            <label>{t("routing-ward")}<input name="ward" value={wardCode} placeholder="X-LACTHUY" /></label>
            <button type="submit" class="button primary">{t("routing-trial-submit")}</button>
          </form>
          {trial ? (
            <dl class="facts" id="routing-result">
              <dt>{t("fact-kind")}</dt>
              <dd>{t(`kind-${trial.classification.kind}`)} ({Math.round(trial.classification.kindConfidence * 100)}%)</dd>
              <dt>{t("fact-category")}</dt>
              <dd>{trial.classification.categoryCode} ({Math.round(trial.classification.confidence * 100)}%)</dd>
              <dt>{t("routing-signals")}</dt>
              <dd>{trial.classification.reasons.slice(0, 8).join(", ") || "—"}</dd>
              <dt>{t("routing-ward")}</dt>
              <dd>{trial.wardName ?? "—"}</dd>
              <dt>{t("fact-unit")}</dt>
              <dd><strong>{trial.decision.unitCode}</strong> — {t(`routing-method-${trial.decision.method}`)}</dd>
              <dt>{t("routing-why")}</dt>
              <dd>{routingReasonText(t, trial.decision.reason)}</dd>
            </dl>
          ) : null}
        </section>
        <section class="card">
          <h2>{t("routing-rules")}</h2>
          <p class="muted small">{t("routing-order-hint")}</p>
          <ol class="rules">
            {rules.map((rule, index) => (
              <li class={rule.isActive ? "" : "inactive"}>
                <strong>#{rule.position} {rule.name}</strong> → <code>{rule.targetUnit.code}</code>
                <div class="small">{describeConditions((rule.conditions ?? {}) as TRuleConditions)}</div>
                <span class="row">
                  {index > 0 ? <form method="post" action={`/admin/routing/${rule.id}/move`} class="inline"><CsrfField page={page} /><input type="hidden" name="direction" value="up" /><button class="button small" aria-label={t("routing-up")}>↑</button></form> : null}
                  {index < rules.length - 1 ? <form method="post" action={`/admin/routing/${rule.id}/move`} class="inline"><CsrfField page={page} /><input type="hidden" name="direction" value="down" /><button class="button small" aria-label={t("routing-down")}>↓</button></form> : null}
                  <form method="post" action={`/admin/routing/${rule.id}/toggle`} class="inline"><CsrfField page={page} /><button class="button small">{rule.isActive ? t("routing-disable") : t("routing-enable")}</button></form>
                  <form method="post" action={`/admin/routing/${rule.id}/delete`} class="inline"><CsrfField page={page} /><button class="button small danger">{t("delete")}</button></form>
                </span>
              </li>
            ))}
          </ol>
          {rules.length === 0 ? <p class="empty">{t("routing-none")}</p> : null}
        </section>
        <section class="card">
          <h2>{t("routing-create")}</h2>
          <form method="post" action="/admin/routing" class="grid-form">
            <CsrfField page={page} />
            <label>{t("routing-name")}<input name="name" required /></label>
            <label>{t("routing-target")}<select name="targetUnitCode">{units.map((unit) => <option value={unit.code}>{`${unit.code} – ${unit.name}`}</option>)}</select></label>
            <label>{t("routing-kinds")}<input name="kinds" placeholder="tip, feedback" /></label>
            <label>{t("routing-categories")}<input name="categoryCodes" placeholder="tip.drugs" /></label>
            <label>{t("routing-wards")}<input name="wardCodes" placeholder="X-LACTHUY" /></label>
            <label>{t("routing-channels")}<input name="channels" placeholder="telegram, zalo" /></label>
            <label class="wide">{t("routing-keywords")}<input name="keywords" placeholder="ma túy, cỏ mỹ" /></label>
            <button type="submit" class="button primary">{t("routing-create-submit")}</button>
          </form>
        </section>
      </Layout>,
    );
  });

  app.post("/admin/routing", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/routing", "saved", async () => {
      const name = fieldOf(body, "name");
      if (!name) throw new AppError("VALIDATION", "Name required", { field: "name" });
      const unit = await prisma.unit.findUnique({ where: { code: fieldOf(body, "targetUnitCode") } });
      if (!unit) throw new AppError("VALIDATION", "Unknown unit", { field: "targetUnitCode" });
      const last = await prisma.routingRule.findFirst({ orderBy: { position: "desc" } });
      const conditions = conditionsFromForm(body);
      const rule = await prisma.routingRule.create({ data: { name, position: (last?.position ?? 0) + 10, conditions: conditions as Prisma.InputJsonValue, targetUnitId: unit.id } });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.routing.create", entityType: "routing_rule", entityId: rule.id, details: { name, target: unit.code, conditions } }, clock.now());
    });
  });

  app.post("/admin/routing/:id/move", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/routing", "saved", async () => {
      const rules = await prisma.routingRule.findMany({ orderBy: { position: "asc" } });
      const index = rules.findIndex((rule) => rule.id === c.req.param("id"));
      if (index < 0) throw new AppError("NOT_FOUND", "No such rule");
      const other = rules[fieldOf(body, "direction") === "up" ? index - 1 : index + 1];
      if (!other) return;
      const rule = rules[index]!;
      // Renumber so positions stay distinct even when two rules had the same one.
      const reordered = rules.map((item) => (item.id === rule.id ? other : item.id === other.id ? rule : item));
      await prisma.$transaction(reordered.map((item, position) => prisma.routingRule.update({ where: { id: item.id }, data: { position: (position + 1) * 10 } })));
      await auditConfigChange(prisma, c.get("actor"), { action: "config.routing.move", entityType: "routing_rule", entityId: rule.id, details: { name: rule.name, direction: fieldOf(body, "direction") } }, clock.now());
    });
  });

  app.post("/admin/routing/:id/toggle", (c) =>
    runFormAction(c, "/admin/routing", "saved", async () => {
      const rule = await prisma.routingRule.findUnique({ where: { id: c.req.param("id") } });
      if (!rule) throw new AppError("NOT_FOUND", "No such rule");
      await prisma.routingRule.update({ where: { id: rule.id }, data: { isActive: !rule.isActive } });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.routing.toggle", entityType: "routing_rule", entityId: rule.id, details: { name: rule.name, isActive: !rule.isActive } }, clock.now());
    }),
  );

  app.post("/admin/routing/:id/delete", (c) =>
    runFormAction(c, "/admin/routing", "deleted", async () => {
      const rule = await prisma.routingRule.findUnique({ where: { id: c.req.param("id") } });
      if (!rule) throw new AppError("NOT_FOUND", "No such rule");
      await prisma.routingRule.delete({ where: { id: rule.id } });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.routing.delete", entityType: "routing_rule", entityId: rule.id, details: { name: rule.name } }, clock.now());
    }),
  );
  return app;
}
