/** Every failure the domain reports on purpose. Each edge maps codes once (HTTP status, locale key). */
export type TAppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TICKET_CLOSED"
  | "INVALID_TRANSITION"
  | "ACCOUNT_LOCKED"
  | "CONFIG_INVALID"
  | "MIGRATION_FAILED"
  | "DELIVERY_FAILED"
  | "QUOTA_EXCEEDED";

export class AppError extends Error {
  readonly code: TAppErrorCode;
  /** Field or variable the error is about, when there is one. */
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: TAppErrorCode, message: string, options: { field?: string; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

export function isAppError(error: unknown, code?: TAppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
