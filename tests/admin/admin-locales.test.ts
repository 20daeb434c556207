import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TAppErrorCode } from "../../core/errors/app-error.ts";
import { HTTP_STATUS_OF } from "../../admin/http/error-status.ts";
import { createTranslator } from "../../locales/translator.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const translator = createTranslator();
/** Keys of the admin panel's own pages (other teams' admin sub-folders carry their own). */
const OWN_FOLDERS = ["admin/pages", "admin/views", "admin/http", "admin/api"];
const literalKeys = [...new Set(OWN_FOLDERS.flatMap((folder) => sourceFiles(folder)).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bt\("([a-z0-9_-]+)"/gi)].map((match) => match[1]!)))];

const enumerations: Record<string, readonly string[]> = {
  status: ["open", "all", "new", "in_progress", "waiting_citizen", "resolved", "closed", "rejected"],
  kind: ["tip", "question", "feedback"],
  channel: ["telegram", "zalo"],
  delivery: ["not_applicable", "pending", "sent", "failed"],
  role: ["admin", "leader", "officer"],
  "unit-kind": ["province", "department", "station"],
  "day-type": ["working", "calendar"],
  "routing-method": ["rule", "category_default", "compartment", "fallback"],
  "reveal-status": ["pending", "approved", "refused"],
  attachment: ["photo", "video", "voice", "audio", "document", "location", "contact"],
  error: Object.keys(HTTP_STATUS_OF) as TAppErrorCode[],
  "login-error": ["UNAUTHENTICATED", "ACCOUNT_LOCKED", "RATE_LIMITED", "CSRF", "VALIDATION"],
  done: ["reply", "note", "assign", "transfer", "category", "status", "merge", "spam", "retry", "reveal-request", "reveal-decision", "password", "user-created", "user-updated", "password-reset", "token-revoked", "saved", "deleted"],
};
const enumeratedKeys = Object.entries(enumerations).flatMap(([prefix, values]) => values.map((value) => `${prefix}-${value}`));

describe("admin panel texts", () => {
  it("finds the keys the pages use", () => {
    expect(literalKeys.length).toBeGreaterThan(200);
  });

  it.each(["vi", "en"] as const)("has every key in %s", (language) => {
    const missing = [...literalKeys, ...enumeratedKeys, "citizen-transfer-notice", "error-csrf"].filter((key) => !translator.has(language, key));
    expect(missing).toEqual([]);
  });

  it("writes Vietnamese with its diacritics", () => {
    const t = translator.t("vi");
    expect(t("status-waiting_citizen")).toBe("Chờ người dân");
    expect(t("citizen-transfer-notice", { code: "TG-26-000001", unit: "Phòng PC04" })).toContain("đã được chuyển đến Phòng PC04");
  });
});
