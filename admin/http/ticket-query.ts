import { z } from "zod";
import type { TFindTicketsInput } from "../../core/tickets/find-tickets.ts";

const ZFlag = z.enum(["yes", "no", "true", "false", "1", "0"]).transform((value) => value === "yes" || value === "true" || value === "1");
const ZEmptyAsUndefined = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** The queue filters, as query parameters of the queue page and GET /api/tickets. */
export const ZTicketQuery = z.object({
  status: ZEmptyAsUndefined(z.enum(["open", "all", "new", "in_progress", "waiting_citizen", "resolved", "closed", "rejected"])),
  category: ZEmptyAsUndefined(z.string().max(64)),
  kind: ZEmptyAsUndefined(z.enum(["tip", "question", "feedback"])),
  unit: ZEmptyAsUndefined(z.string().max(64)),
  channel: ZEmptyAsUndefined(z.enum(["telegram", "zalo"])),
  assignee: ZEmptyAsUndefined(z.enum(["mine", "unassigned"])),
  anonymous: ZEmptyAsUndefined(ZFlag),
  urgent: ZEmptyAsUndefined(ZFlag),
  due: ZEmptyAsUndefined(z.enum(["overdue", "soon"])),
  q: ZEmptyAsUndefined(z.string().max(200)),
  sort: ZEmptyAsUndefined(z.enum(["due", "created"])),
  page: ZEmptyAsUndefined(z.coerce.number().int().min(1).max(100_000)),
  pageSize: ZEmptyAsUndefined(z.coerce.number().int().min(1).max(100)),
});
export type TTicketQuery = z.infer<typeof ZTicketQuery>;

export function toFindTicketsInput(query: TTicketQuery, defaultStatus: "open" | "all"): TFindTicketsInput {
  const status = query.status ?? defaultStatus;
  return {
    status: status === "all" ? undefined : status,
    categoryCode: query.category,
    kind: query.kind,
    unitCode: query.unit,
    channel: query.channel,
    assignee: query.assignee,
    isAnonymous: query.anonymous,
    isUrgent: query.urgent,
    due: query.due,
    query: query.q,
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The query string of a filter set, with some values replaced (links of tabs and pages). */
export function queryStringOf(query: Record<string, unknown>, overrides: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...overrides })) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, typeof value === "boolean" ? (value ? "yes" : "no") : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
