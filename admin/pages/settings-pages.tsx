import { Hono, type Context, type Next } from "hono";
import { z } from "zod";
import type { Prisma } from "../../prisma/generated/client.ts";
import { recordAudit } from "../../core/audit/record-audit.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { invalidateReferenceData } from "../../core/cache/reference-data.ts";
import type { Db } from "../../core/db/open-database.ts";
import { loadWorkCalendar, WORKING_WEEKDAYS_SETTING_KEY } from "../../core/sla/load-work-calendar.ts";
import { GROUP_LANGUAGES } from "../../core/sla/reminder-text.ts";
import { loadSlaSettings, SLA_SETTING_KEYS } from "../../core/sla/sla-settings.ts";
import { TRANSPARENCY_SETTING_KEYS } from "../../core/stats/load-public-transparency.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { flashOf, pageOf } from "../http/page-helpers.ts";
import { CsrfField, Layout, type TPageContext } from "../views/layout.tsx";


/** Monday first, Sunday last, the way Vietnamese calendars print the week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

const checkbox = z.preprocess((value) => value === "yes", z.boolean());
const wholeNumber = (min: number, max: number) => z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN), z.number().int().min(min).max(max));

/** The settings form, validated at the edge; each failing field gets its own polite message. */
export const ZSettingsForm = z.object({
  escalationDelayHours: wholeNumber(1, 24 * 60),
  maxEscalationLevels: wholeNumber(0, 10),
  autoCloseDays: wholeNumber(0, 365),
  workingWeekdays: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((day) => Number(day)),
    z.array(z.number().int().min(0).max(6)).min(1),
  ),
  transparencyEnabled: checkbox,
  transparencyIncludeTips: checkbox,
});
export type TSettingsForm = z.infer<typeof ZSettingsForm>;

/** Unit code → the language of the bot's posts to that unit's Telegram group. */
export const ZGroupLanguagesForm = z.record(z.string(), z.enum(GROUP_LANGUAGES));
type TField = keyof TSettingsForm;

/** The Setting row behind each field (values stored as JSON). */
const KEY_OF: Record<TField, string> = {
  escalationDelayHours: SLA_SETTING_KEYS.escalationDelayHours,
  maxEscalationLevels: SLA_SETTING_KEYS.maxEscalationLevels,
  autoCloseDays: SLA_SETTING_KEYS.autoCloseDays,
  workingWeekdays: WORKING_WEEKDAYS_SETTING_KEY,
  transparencyEnabled: TRANSPARENCY_SETTING_KEYS.enabled,
  transparencyIncludeTips: TRANSPARENCY_SETTING_KEYS.includeTips,
};

async function loadCurrent(prisma: Db): Promise<TSettingsForm> {
  const [sla, calendar, transparency] = await Promise.all([
    loadSlaSettings(prisma),
    loadWorkCalendar(prisma),
    prisma.setting.findMany({ where: { key: { in: [TRANSPARENCY_SETTING_KEYS.enabled, TRANSPARENCY_SETTING_KEYS.includeTips] } } }),
  ]);
  const flag = (key: string) => transparency.find((row) => row.key === key)?.value === true;
  return {
    escalationDelayHours: sla.escalationDelayHours,
    maxEscalationLevels: sla.maxEscalationLevels,
    autoCloseDays: sla.autoCloseDays,
    workingWeekdays: [...calendar.workingWeekdays].sort(),
    transparencyEnabled: flag(TRANSPARENCY_SETTING_KEYS.enabled),
    transparencyIncludeTips: flag(TRANSPARENCY_SETTING_KEYS.includeTips),
  };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * /admin/settings (administrators only): SLA escalation and auto-close, the working weekdays, and
 * the public transparency page. Per-category deadlines live on /admin/categories and holidays on
 * /admin/holidays (linked from here); the language of each unit's Telegram group posts is set here
 * too. Every change is audited with its old and new value, in the
 * same transaction as the change.
 */
export function createSettingsPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma, clock } = ctx.deps;
  const adminsOnly = async (c: Context<TAdminEnv>, next: Next) => {
    if (c.get("actor").role !== "admin") return c.text(c.get("t")("error-FORBIDDEN"), 403);
    await next();
  };
  app.use("/admin/settings", adminsOnly);
  app.use("/admin/settings/*", adminsOnly);

  const loadUnits = () => prisma.unit.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true, notifyTelegramChatId: true, groupLanguage: true } });

  app.get("/admin/settings", async (c) => {
    const page = pageOf(c);
    const [values, units] = await Promise.all([loadCurrent(prisma), loadUnits()]);
    return c.html(<SettingsPage page={page} values={values} errors={{}} flash={flashOf(c)} units={units} />);
  });

  // The language of the bot's posts to each unit's Telegram group.
  app.post("/admin/settings/group-languages", async (c) => {
    const body = await c.req.parseBody();
    const units = await loadUnits();
    const parsed = ZGroupLanguagesForm.safeParse(Object.fromEntries(units.map((unit) => [unit.code, body[`language-${unit.code}`] ?? unit.groupLanguage])));
    if (!parsed.success) return c.redirect("/admin/settings?error=VALIDATION&field=groupLanguage#group-languages", 303);
    const changes = units.filter((unit) => parsed.data[unit.code] !== unit.groupLanguage).map((unit) => ({ unit, from: unit.groupLanguage, to: parsed.data[unit.code]! }));
    if (changes.length > 0) {
      const actor = c.get("actor");
      await prisma.$transaction(async (tx) => {
        for (const change of changes) await tx.unit.update({ where: { id: change.unit.id }, data: { groupLanguage: change.to } });
        await recordAudit(
          sqlRunnerOf(tx),
          { actorId: actor.id, actorLabel: actor.username, action: "config.unit.group_language", entityType: "unit", entityId: null, details: { changes: changes.map((change) => ({ unitCode: change.unit.code, from: change.from, to: change.to })) } },
          clock.now(),
        );
      });
    }
    return c.redirect(`/admin/settings?ok=${changes.length > 0 ? "saved" : "unchanged"}#group-languages`, 303);
  });

  app.post("/admin/settings", async (c) => {
    const page = pageOf(c);
    const body = await c.req.parseBody({ all: true });
    const parsed = ZSettingsForm.safeParse(body);
    if (!parsed.success) {
      const errors: Partial<Record<TField, true>> = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as TField] = true;
      const typed = { ...(await loadCurrent(prisma)), ...typedBack(body) };
      return c.html(<SettingsPage page={page} values={typed} errors={errors} flash={{ kind: "error", text: page.t("settings-invalid") }} units={await loadUnits()} />, 422);
    }
    const now = clock.now();
    const actor = c.get("actor");
    const before = await loadCurrent(prisma);
    const next: TSettingsForm = { ...parsed.data, workingWeekdays: [...new Set(parsed.data.workingWeekdays)].sort() };
    const changes = (Object.keys(KEY_OF) as TField[])
      .filter((field) => !sameValue(before[field], next[field]))
      .map((field) => ({ field, key: KEY_OF[field], from: before[field], to: next[field] }));
    if (changes.length > 0) {
      await prisma.$transaction(async (tx) => {
        for (const change of changes) {
          const value = change.to as Prisma.InputJsonValue;
          await tx.setting.upsert({ where: { key: change.key }, create: { key: change.key, value }, update: { value } });
        }
        await recordAudit(
          sqlRunnerOf(tx),
          { actorId: actor.id, actorLabel: actor.username, action: "config.settings.update", entityType: "setting", entityId: null, details: { changes: changes.map(({ key, from, to }) => ({ key, from, to })) } },
          now,
        );
      });
      // New tickets take the working weekdays from a cached snapshot: drop it.
      invalidateReferenceData();
    }
    return c.redirect(`/admin/settings?ok=${changes.length > 0 ? "saved" : "unchanged"}`, 303);
  });
  return app;
}

/** What the person typed, to show it back next to the errors. */
function typedBack(body: Record<string, unknown>): Partial<Record<TField, unknown>> {
  const text = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  const weekdays = body.workingWeekdays;
  return {
    escalationDelayHours: text("escalationDelayHours"),
    maxEscalationLevels: text("maxEscalationLevels"),
    autoCloseDays: text("autoCloseDays"),
    workingWeekdays: (Array.isArray(weekdays) ? weekdays : weekdays === undefined ? [] : [weekdays]).map(Number),
    transparencyEnabled: body.transparencyEnabled === "yes",
    transparencyIncludeTips: body.transparencyIncludeTips === "yes",
  };
}

function FieldError(props: { page: TPageContext; field: TField; errors: Partial<Record<TField, true>> }) {
  return props.errors[props.field] ? (
    <span class="field-error" id={`${props.field}-error`} role="alert">{props.page.t(`settings-error-${props.field}`)}</span>
  ) : null;
}

function NumberField(props: { page: TPageContext; field: "escalationDelayHours" | "maxEscalationLevels" | "autoCloseDays"; min: number; max: number; values: Record<string, unknown>; errors: Partial<Record<TField, true>> }) {
  const { page, field } = props;
  const isInvalid = Boolean(props.errors[field]);
  return (
    <label>
      {page.t(`settings-${field}`)}
      <input name={field} type="number" min={props.min} max={props.max} step={1} value={String(props.values[field] ?? "")} required aria-invalid={isInvalid ? "true" : undefined} aria-describedby={isInvalid ? `${field}-error` : `${field}-hint`} />
      <small class="muted" id={`${field}-hint`}>{page.t(`settings-${field}-hint`)}</small>
      <FieldError page={page} field={field} errors={props.errors} />
    </label>
  );
}

type TUnitRow = { code: string; name: string; notifyTelegramChatId: string | null; groupLanguage: string };

function GroupLanguages(props: { page: TPageContext; units: TUnitRow[] }) {
  const t = props.page.t;
  return (
    <section class="card" id="group-languages">
      <h2>{t("settings-group-languages")}</h2>
      <p class="muted">{t("settings-group-languages-hint")}</p>
      <form method="post" action="/admin/settings/group-languages" class="grid-form">
        <CsrfField page={props.page} />
        {props.units.map((unit) => (
          <label>
            {`${unit.code} – ${unit.name}`}
            {unit.notifyTelegramChatId ? "" : ` (${t("settings-group-not-linked")})`}
            <select name={`language-${unit.code}`}>
              {GROUP_LANGUAGES.map((language) => <option value={language} selected={unit.groupLanguage === language}>{t(`settings-language-${language}`)}</option>)}
            </select>
          </label>
        ))}
        <button type="submit" class="button small">{t("save")}</button>
      </form>
    </section>
  );
}

function SettingsPage(props: { page: TPageContext; values: Record<string, unknown>; errors: Partial<Record<TField, true>>; flash: { kind: "ok" | "error"; text: string } | null; units: TUnitRow[] }) {
  const { page, values, errors } = props;
  const t = page.t;
  const weekdays = new Set((values.workingWeekdays as number[] | undefined) ?? []);
  return (
    <Layout page={page} title={t("settings-title")} flash={props.flash}>
      <h1>{t("settings-title")}</h1>
      <form method="post" action="/admin/settings" class="settings-form" novalidate>
        <CsrfField page={page} />
        <section class="card">
          <h2>{t("settings-sla")}</h2>
          <p class="muted">
            {t("settings-sla-categories-hint")} <a href="/admin/categories">{t("nav-categories")}</a>
          </p>
          <div class="grid-form">
            <NumberField page={page} field="escalationDelayHours" min={1} max={1440} values={values} errors={errors} />
            <NumberField page={page} field="maxEscalationLevels" min={0} max={10} values={values} errors={errors} />
            <NumberField page={page} field="autoCloseDays" min={0} max={365} values={values} errors={errors} />
          </div>
        </section>
        <section class="card">
          <h2>{t("settings-calendar")}</h2>
          <fieldset aria-describedby={errors.workingWeekdays ? "workingWeekdays-error" : undefined}>
            <legend>{t("settings-workingWeekdays")}</legend>
            {WEEK_ORDER.map((day) => (
              <label class="check">
                <input type="checkbox" name="workingWeekdays" value={String(day)} checked={weekdays.has(day)} /> {t(`settings-weekday-${day}`)}
              </label>
            ))}
            <FieldError page={page} field="workingWeekdays" errors={errors} />
          </fieldset>
          <p class="muted">
            {t("settings-holidays-hint")} <a href="/admin/holidays">{t("nav-holidays")}</a>
          </p>
        </section>
        <section class="card">
          <h2>{t("settings-transparency")}</h2>
          <label class="check">
            <input type="checkbox" name="transparencyEnabled" value="yes" checked={values.transparencyEnabled === true} /> {t("settings-transparencyEnabled")}
          </label>
          <label class="check">
            <input type="checkbox" name="transparencyIncludeTips" value="yes" checked={values.transparencyIncludeTips === true} /> {t("settings-transparencyIncludeTips")}
          </label>
          <p class="muted">
            {t("settings-transparency-hint")} <a href="/cong-khai">/cong-khai</a>
          </p>
        </section>
        <button type="submit" class="button primary">{t("save")}</button>
      </form>
      <GroupLanguages page={page} units={props.units} />
    </Layout>
  );
}
