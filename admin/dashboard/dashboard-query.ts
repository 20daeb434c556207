import { z } from "zod";
import type { TDashboardInput } from "../../core/stats/load-dashboard.ts";
import { PERIOD_PRESETS } from "../../core/stats/stats-period.ts";

const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The period picker's query string, shared by the dashboard, its JSON and the report routes. */
export const ZStatsQuery = z.object({
  preset: z.enum(PERIOD_PRESETS).catch("30d").default("30d"),
  from: ZLocalDate.optional().catch(undefined),
  to: ZLocalDate.optional().catch(undefined),
  granularity: z.enum(["day", "week", "month"]).optional().catch(undefined),
  unit: z.string().regex(/^[A-Z0-9-]{1,40}$/).optional().catch(undefined),
});
export type TStatsQuery = z.infer<typeof ZStatsQuery>;

export function parseStatsQuery(query: Record<string, string>): TStatsQuery {
  const cleaned = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));
  return ZStatsQuery.parse(cleaned);
}

export function toDashboardInput(query: TStatsQuery): TDashboardInput {
  return {
    preset: query.preset,
    ...(query.from && { from: query.from }),
    ...(query.to && { to: query.to }),
    ...(query.granularity && { granularity: query.granularity }),
    ...(query.unit && { unitCode: query.unit }),
  };
}

/** The same query as a query string (empty values left out), for links and the JSON endpoint. */
export function statsQueryString(query: TStatsQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...extra })) if (value) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}
