import { Hono } from "hono";
import { z } from "zod";
import { AppError, isAppError } from "../../core/errors/app-error.ts";
import { loadRoutingContext } from "../../core/routing/load-routing-context.ts";
import { routeTicket } from "../../core/routing/route-ticket.ts";
import type { UnderstandingService } from "../../core/understanding/index.ts";
import { createTranslator } from "../../locales/translator.ts";
import { routingReasonParams, routingReasonText } from "../views/routing-reason-text.ts";
import { apiErrorBody, HTTP_STATUS_OF } from "../http/error-status.ts";
import { parseOrThrow } from "./api-validation.ts";

/** POST /classify: a message as typed by a citizen, and the channel it would arrive on. */
export const ZClassifyRequest = z.object({
  text: z.string({ error: "text is required" }).trim().min(1, "text must not be empty").max(4_000, "text is longer than 4000 characters"),
  channel: z.enum(["telegram", "zalo"]).default("telegram"),
});
export type TClassifyRequest = z.infer<typeof ZClassifyRequest>;

/** GET /faq/search?q=&limit= */
export const ZFaqSearchQuery = z.object({
  q: z.string({ error: "q is required" }).trim().min(1, "q must not be empty").max(500, "q is longer than 500 characters"),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type TFaqSearchQuery = z.infer<typeof ZFaqSearchQuery>;

/** Where routing rules, category defaults and settings are read from (the Prisma client). */
export type TRoutingStore = Parameters<typeof loadRoutingContext>[0];

/**
 * The "where would this go" API, as a standalone sub-app for the admin panel to mount under /api
 * behind its authentication: `app.route("/api", createUnderstandingRoutes(service, { prisma }))`.
 * - POST /classify {text, channel?} → kind, category, ward, unit (and the rule that decided, with the
 *   reason as a code, its parameters and a text in the Accept-Language language: vi unless "en"), urgent, confidence, method, reasons
 * - GET /faq/search?q= → FAQ entries ranked, with scores
 * Validation errors are 400 {error: {code: "VALIDATION", message, field}}.
 */
export function createUnderstandingRoutes(service: UnderstandingService, dependencies: { prisma: TRoutingStore }) {
  const app = new Hono();
  const translator = createTranslator();
  app.onError((error, c) => {
    if (isAppError(error)) return c.json(apiErrorBody(error.code, error.message, error.field), HTTP_STATUS_OF[error.code]);
    return c.json(apiErrorBody("INTERNAL", "Internal error"), 500);
  });

  app.post("/classify", async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new AppError("VALIDATION", "The body must be JSON", { field: "body" });
    }
    const request = parseOrThrow(ZClassifyRequest, body);
    const understood = await service.understand(request.text, { channel: request.channel });
    const context = await loadRoutingContext(dependencies.prisma, understood.categoryCode);
    const decision = routeTicket(
      {
        kind: understood.kind,
        categoryCode: understood.categoryCode,
        wardCode: understood.wardCode,
        wardStationUnitCode: understood.stationUnitCode,
        text: request.text,
        channel: request.channel,
      },
      context,
    );
    return c.json({
      kind: understood.kind,
      category: understood.categoryCode,
      confidence: understood.confidence,
      ward: understood.wardCode === null ? null : { code: understood.wardCode, stationUnitCode: understood.stationUnitCode },
      unit: {
        code: decision.unitCode,
        decidedBy: decision.method,
        ruleId: decision.ruleId,
        reason: routingReasonText(translator.t(readerLanguage(c.req.header("accept-language"))), decision.reason),
        reasonCode: decision.reason.code,
        reasonParams: routingReasonParams(decision.reason),
      },
      urgent: understood.isUrgent,
      hotlines: understood.hotlines,
      method: understood.method,
      ...(understood.fallbackReason && { fallbackReason: understood.fallbackReason }),
      reasons: understood.reasons,
      faq: understood.faqMatches,
      isFaqConfident: understood.isFaqConfident,
    });
  });

  app.get("/faq/search", (c) => {
    const query = parseOrThrow(ZFaqSearchQuery, { q: c.req.query("q"), limit: c.req.query("limit") });
    return c.json({ query: query.q, results: service.searchFaq(query.q, { limit: query.limit }) });
  });

  return app;
}

/** English when the caller prefers it, else Vietnamese (the panel's default). */
function readerLanguage(acceptLanguage: string | undefined): "vi" | "en" {
  return acceptLanguage?.trim().toLowerCase().startsWith("en") ? "en" : "vi";
}
