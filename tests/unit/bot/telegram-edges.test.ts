import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createSenderRateLimit } from "../../../bot/sender-rate-limit.ts";
import { toDeliveryError } from "../../../bot/channels/telegram/telegram-sender.ts";
import { isSameSecret } from "../../../bot/channels/telegram/telegram-webhook.ts";
import { matchTypedChoice } from "../../../bot/dialogs/dialog-state.ts";
import { mergeReplies } from "../../../bot/dialogs/handle-inbound-event.ts";

const apiError = (error_code: number, description: string, retry_after?: number) =>
  new GrammyError("call failed", { ok: false, error_code, description, ...(retry_after !== undefined && { parameters: { retry_after } }) }, "sendMessage", {});

describe("toDeliveryError", () => {
  it("retries 429 after the server's retry_after and 5xx / network errors; gives up on 403 and 400", () => {
    expect(toDeliveryError(apiError(429, "Too Many Requests: retry after 7", 7))).toMatchObject({ kind: "retryable", retryAfterMs: 7000 });
    expect(toDeliveryError(apiError(502, "Bad Gateway")).kind).toBe("retryable");
    expect(toDeliveryError(new HttpError("network", new Error("ECONNRESET"))).kind).toBe("retryable");
    expect(toDeliveryError(apiError(403, "Forbidden: bot was blocked by the user"))).toMatchObject({ kind: "permanent", message: "403 Forbidden: bot was blocked by the user" });
    expect(toDeliveryError(apiError(400, "Bad Request: chat not found")).kind).toBe("permanent");
  });
});

describe("small rules of the Telegram edge", () => {
  it("compares webhook secrets exactly", () => {
    expect(isSameSecret("abc_DEF-123", "abc_DEF-123")).toBe(true);
    expect(isSameSecret("abc_DEF-124", "abc_DEF-123")).toBe(false);
    expect(isSameSecret("", "abc_DEF-123")).toBe(false);
  });

  it("drops a flooding sender after the limit, warning once", () => {
    let now = 0;
    const guard = createSenderRateLimit({ limit: 3, windowMs: 1000, now: () => now });
    expect([1, 2, 3, 4, 5].map(() => guard.check("u"))).toEqual(["ok", "ok", "ok", "warn", "drop"]);
    expect(guard.check("other")).toBe("ok");
    now = 1000;
    expect(guard.check("u")).toBe("ok");
  });

  it("matches typed button labels, and numbers only where asked (Zalo)", () => {
    const choices = [{ value: "ph:skip", label: "Bỏ qua" }, { value: "an:y", label: "🕶 Ẩn danh" }];
    expect(matchTypedChoice(choices, " bỏ qua ", false)?.value).toBe("ph:skip");
    expect(matchTypedChoice(choices, "2", false)).toBeUndefined();
    expect(matchTypedChoice(choices, "2", true)?.value).toBe("an:y");
    expect(matchTypedChoice(choices, "bỏ", false)).toBeUndefined();
  });

  it("joins answers without buttons into the next one", () => {
    const merged = mergeReplies([{ text: "Cảm ơn." }, { text: "Menu", choices: [{ value: "m:tip", label: "Báo tin" }] }, { text: "Sau" }]);
    expect(merged).toEqual([{ text: "Cảm ơn.\n\nMenu", choices: [{ value: "m:tip", label: "Báo tin" }] }, { text: "Sau" }]);
    expect(mergeReplies([{ text: "a", requestLocation: true }, { text: "b" }])).toHaveLength(2);
  });
});
