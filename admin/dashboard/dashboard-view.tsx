import type { TActor } from "../../core/access/actor.ts";
import { formatChange, formatCount, formatDecimal, formatLocalDay, formatShare } from "../../core/reports/report-format.ts";
import type { TBreakdownRow, TDashboard, TKpis } from "../../core/stats/dashboard-types.ts";
import { PERIOD_PRESETS } from "../../core/stats/stats-period.ts";
import type { TLanguage, TTranslate } from "../../locales/translator.ts";
import type { TStatsQuery } from "./dashboard-query.ts";

type TDirection = "higher-better" | "lower-better" | "neutral";

/** One KPI card: value, and the change against the previous period coloured good or bad. */
function KpiCard(props: { label: string; value: string; current: number | null; previous: number | null; direction: TDirection; lang: TLanguage; t: TTranslate; isShare?: boolean; note?: string }) {
  const change = formatChange(props.current, props.previous, props.lang, props.isShare);
  const delta = props.current !== null && props.previous !== null ? props.current - props.previous : 0;
  const tone = change === null || delta === 0 || props.direction === "neutral" ? "flat" : (delta > 0) === (props.direction === "higher-better") ? "good" : "bad";
  return (
    <div class="kpi-card">
      <div class="kpi-label">{props.label}</div>
      <div class="kpi-value">{props.value}</div>
      {props.current === null && props.previous === null ? null : (
        <div class={`kpi-change kpi-${tone}`}>
          {change === null ? props.t("stats-no-comparison") : `${delta > 0 ? "▲" : delta < 0 ? "▼" : "■"} ${change} ${props.t("stats-vs-previous")}`}
        </div>
      )}
      {props.note ? <div class="kpi-note muted small">{props.note}</div> : null}
    </div>
  );
}

export function KpiCards(props: { dashboard: TDashboard; lang: TLanguage; t: TTranslate }) {
  const { t, lang } = props;
  const c: TKpis = props.dashboard.current;
  const p: TKpis = props.dashboard.previous;
  const n = (value: number) => formatCount(value, lang);
  const h = (value: number | null) => (value === null ? "—" : formatDecimal(value, lang));
  return (
    <section class="kpi-grid" aria-label={t("stats-period-current")}>
      <KpiCard label={t("stats-kpi-received")} value={n(c.received)} current={c.received} previous={p.received} direction="neutral" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-resolved")} value={n(c.resolved)} current={c.resolved} previous={p.resolved} direction="higher-better" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-early")} value={n(c.early)} current={c.early} previous={p.early} direction="higher-better" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-on-time")} value={n(c.onTime)} current={c.onTime} previous={p.onTime} direction="higher-better" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-late")} value={n(c.late)} current={c.late} previous={p.late} direction="lower-better" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-on-time-rate")} value={formatShare(c.onTimeRate, lang)} current={c.onTimeRate} previous={p.onTimeRate} direction="higher-better" isShare lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-pending")} value={n(c.pending)} current={c.pending} previous={p.pending} direction="lower-better" lang={lang} t={t} note={`${t("stats-kpi-overdue")}: ${n(c.pendingOverdue)}`} />
      <KpiCard label={t("stats-kpi-overdue-now")} value={n(props.dashboard.overdueNow)} current={null} previous={null} direction="lower-better" lang={lang} t={t} note={`${t("stats-kpi-open-now")}: ${n(props.dashboard.openNow)}`} />
      <KpiCard label={t("stats-kpi-median-first-response")} value={h(c.medianFirstResponseHours)} current={c.medianFirstResponseHours} previous={p.medianFirstResponseHours} direction="lower-better" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-median-resolution")} value={h(c.medianResolutionHours)} current={c.medianResolutionHours} previous={p.medianResolutionHours} direction="lower-better" lang={lang} t={t} />
      <KpiCard label={t("stats-kpi-satisfaction")} value={formatDecimal(c.ratingAverage, lang)} current={c.ratingAverage} previous={p.ratingAverage} direction="higher-better" lang={lang} t={t} note={`${t("stats-kpi-ratings")}: ${n(c.ratingCount)}`} />
      <KpiCard label={t("stats-kpi-anonymous-share")} value={formatShare(c.anonymousShare, lang)} current={c.anonymousShare} previous={p.anonymousShare} direction="neutral" isShare lang={lang} t={t}
        note={`${t("stats-channel-telegram")} ${n(c.byChannel.telegram)} · ${t("stats-channel-zalo")} ${n(c.byChannel.zalo)}`} />
    </section>
  );
}

export function BreakdownTable(props: { rows: TBreakdownRow[]; nameLabel: string; lang: TLanguage; t: TTranslate; withRank?: boolean; caption: string; note?: string; id: string }) {
  const { t, lang } = props;
  const n = (value: number) => formatCount(value, lang);
  return (
    <section class="card stats-table-card" id={props.id}>
      <h2>{props.caption}</h2>
      {props.note ? <p class="muted small">{props.note}</p> : null}
      {props.rows.length === 0 ? (
        <p class="empty">{t("stats-empty")}</p>
      ) : (
        <div class="table-scroll">
          <table class="stats-table">
            <thead>
              <tr>
                {props.withRank ? <th scope="col">{t("stats-col-rank")}</th> : null}
                <th scope="col">{props.nameLabel}</th>
                <th scope="col" class="num">{t("stats-kpi-received")}</th>
                <th scope="col" class="num">{t("stats-kpi-early")}</th>
                <th scope="col" class="num">{t("stats-kpi-on-time")}</th>
                <th scope="col" class="num">{t("stats-kpi-late")}</th>
                <th scope="col" class="num">{t("stats-kpi-pending")}</th>
                <th scope="col" class="num">{t("stats-kpi-overdue")}</th>
                <th scope="col" class="num">{t("stats-kpi-on-time-rate")}</th>
                <th scope="col" class="num">{t("stats-kpi-satisfaction")}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  {props.withRank ? <td class="num">{row.rank}</td> : null}
                  <td title={row.code}>{lang === "en" ? row.nameEn : row.name}</td>
                  <td class="num">{n(row.received)}</td>
                  <td class="num">{n(row.early)}</td>
                  <td class="num">{n(row.onTime)}</td>
                  <td class={row.late > 0 ? "num bad" : "num"}>{n(row.late)}</td>
                  <td class="num">{n(row.pending)}</td>
                  <td class={row.pendingOverdue > 0 ? "num bad" : "num"}>{n(row.pendingOverdue)}</td>
                  <td class="num">{formatShare(row.onTimeRate, lang)}</td>
                  <td class="num">{formatDecimal(row.ratingAverage, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Ward × category counts; the cell's shade (heat-0…heat-5) is a class, never an inline style (CSP). */
export function HeatTable(props: { dashboard: TDashboard; lang: TLanguage; t: TTranslate }) {
  const { heat } = props.dashboard;
  const shade = (count: number) => (count === 0 || heat.max === 0 ? 0 : Math.max(1, Math.ceil((count / heat.max) * 5)));
  return (
    <section class="card" id="heat">
      <h2>{props.t("stats-heat")}</h2>
      {heat.wards.length === 0 ? (
        <p class="empty">{props.t("stats-empty")}</p>
      ) : (
        <div class="table-scroll">
          <table class="heat-table">
            <thead>
              <tr>
                <th scope="col">{props.t("stats-col-ward")}</th>
                {heat.categories.map((category) => <th scope="col" title={category.code}>{props.lang === "en" ? category.nameEn : category.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {heat.wards.map((ward, index) => (
                <tr>
                  <th scope="row">{ward.name}</th>
                  {heat.counts[index]!.map((count) => <td class={`num heat-${shade(count)}`}>{count || ""}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function PeriodPicker(props: { query: TStatsQuery; action: string; units: { code: string; name: string }[]; actor: TActor; t: TTranslate; dashboard: TDashboard }) {
  const { t, query } = props;
  return (
    <form method="get" action={props.action} class="filters stats-filters" role="search">
      <label>
        {t("stats-period-label")}
        <select name="preset">
          {PERIOD_PRESETS.map((preset) => <option value={preset} selected={query.preset === preset}>{t(`stats-preset-${preset}`)}</option>)}
        </select>
      </label>
      <label>
        {t("stats-from")}
        <input type="date" name="from" value={query.from ?? props.dashboard.period.firstDay} />
      </label>
      <label>
        {t("stats-to")}
        <input type="date" name="to" value={query.to ?? props.dashboard.period.lastDay} />
      </label>
      <label>
        {t("stats-granularity")}
        <select name="granularity">
          <option value="">—</option>
          {(["day", "week", "month"] as const).map((unit) => <option value={unit} selected={query.granularity === unit}>{t(`stats-granularity-${unit}`)}</option>)}
        </select>
      </label>
      {props.units.length > 1 ? (
        <label>
          {t("stats-unit-filter")}
          <select name="unit">
            <option value="">{t("stats-scope-all")}</option>
            {props.units.map((unit) => <option value={unit.code} selected={query.unit === unit.code}>{`${unit.code} – ${unit.name}`}</option>)}
          </select>
        </label>
      ) : null}
      <div class="filter-actions">
        <button type="submit" class="button primary">{t("stats-apply")}</button>
      </div>
      <p class="muted small wide">
        {t("stats-period-range", { from: formatLocalDay(props.dashboard.period.firstDay), to: formatLocalDay(props.dashboard.period.lastDay) })}
      </p>
    </form>
  );
}
