import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { TAppErrorCode } from "../../core/errors/app-error.ts";

/** The one place AppError codes become HTTP statuses. */
export const HTTP_STATUS_OF: Record<TAppErrorCode, ContentfulStatusCode> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TICKET_CLOSED: 409,
  INVALID_TRANSITION: 409,
  ACCOUNT_LOCKED: 423,
  CONFIG_INVALID: 500,
  MIGRATION_FAILED: 500,
  DELIVERY_FAILED: 502,
  QUOTA_EXCEEDED: 429,
};

/** The JSON error body of every API failure: {error: {code, message, field?}}. */
export interface TApiErrorBody {
  error: { code: string; message: string; field?: string };
}

export function apiErrorBody(code: string, message: string, field?: string): TApiErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}
