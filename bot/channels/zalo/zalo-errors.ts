/**
 * Errors of the Zalo Bot API client. Their messages never contain the bot token: the token is in
 * every request path, so anything that might echo a URL is passed through `redactToken` first.
 */

/** The API answered `{ok:false, error_code, description}` (or something that is not an envelope). */
export class ZaloApiError extends Error {
  /** Zalo's error_code (400, 401, 403, 404, 408, 429…), or the HTTP status when the body was not an envelope. */
  readonly code: number;
  readonly method: string;
  readonly description: string;

  constructor(method: string, code: number, description: string) {
    super(`Zalo ${method} failed: ${code} ${description}`);
    this.name = "ZaloApiError";
    this.method = method;
    this.code = code;
    this.description = description;
  }

  /** A 5xx-like failure or a timeout on a send: worth trying again later. */
  get isTransient(): boolean {
    return this.code >= 500 || this.code === 408;
  }
}

/** 401: the token is wrong or revoked. Nothing works until ZALO_BOT_TOKEN is fixed. */
export class ZaloUnauthorizedError extends ZaloApiError {
  constructor(method: string, description: string) {
    super(method, 401, description);
    this.name = "ZaloUnauthorizedError";
  }
}

/** 429 "Quota exceeded": the bot's monthly message allowance is used up (free plan: 3,000). */
export class ZaloQuotaError extends ZaloApiError {
  constructor(method: string, description: string) {
    super(method, 429, description);
    this.name = "ZaloQuotaError";
  }
}

/** No answer: connection refused or reset, DNS, timeout, or the call was aborted by us. */
export class ZaloNetworkError extends Error {
  readonly method: string;
  readonly isAborted: boolean;
  readonly isTimeout: boolean;

  constructor(method: string, message: string, options: { isAborted?: boolean; isTimeout?: boolean } = {}) {
    super(`Zalo ${method}: ${message}`);
    this.name = "ZaloNetworkError";
    this.method = method;
    this.isAborted = options.isAborted ?? false;
    this.isTimeout = options.isTimeout ?? false;
  }
}

export function makeApiError(method: string, code: number, description: string): ZaloApiError {
  if (code === 401) return new ZaloUnauthorizedError(method, description);
  if (code === 429) return new ZaloQuotaError(method, description);
  return new ZaloApiError(method, code, description);
}

/** Replaces the token, and any `/bot<anything>/` path segment, so a URL can be logged. */
export function redactToken(text: string, token: string): string {
  let safe = token ? text.split(token).join("<token>") : text;
  if (token) safe = safe.split(encodeURIComponent(token)).join("<token>");
  return safe.replace(/\/bot[^/\s"']+\//g, "/bot<token>/");
}
