import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../core/config/config.ts";
import { AppError } from "../../../core/errors/app-error.ts";

const base = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "ln-config-")) };

function configError(env: Record<string, string>): AppError {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a configuration error");
}

describe("loadConfig", () => {
  it("names the variable that is wrong", () => {
    expect(configError({ PORT: "eighty" }).field).toBe("PORT");
    expect(configError({ DATABASE_URL: "mysql://x" }).message).toMatch(/^DATABASE_URL: must start with postgres/);
    expect(configError({ TELEGRAM_BOT_TOKEN: "not a token" }).field).toBe("TELEGRAM_BOT_TOKEN");
    expect(configError({ PUBLIC_URL: "not-a-url" }).field).toBe("PUBLIC_URL");
    expect(configError({ LOG_LEVEL: "loud" }).field).toBe("LOG_LEVEL");
    expect(configError({ ADMIN_PASSWORD: "short" }).field).toBe("ADMIN_PASSWORD");
  });

  it("refuses PostgreSQL mode without APP_SECRET", () => {
    const error = configError({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test" });
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.field).toBe("APP_SECRET");
  });

  it("requires a webhook secret when PUBLIC_URL makes a channel use webhooks", () => {
    const error = configError({ PUBLIC_URL: "https://police.example", TELEGRAM_BOT_TOKEN: "123:abc" });
    expect(error.field).toBe("TELEGRAM_WEBHOOK_SECRET");
  });

  it("generates and keeps an APP_SECRET for the embedded database, and says so once", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "ln-secret-"));
    const first = loadConfig({ DATA_DIR: dataDir }).config;
    expect(first.appSecretGeneratedAt).toBe(path.join(dataDir, "app-secret"));
    expect(readFileSync(path.join(dataDir, "app-secret"), "utf8").trim()).toBe(first.appSecret);
    const second = loadConfig({ DATA_DIR: dataDir }).config;
    expect(second.appSecret).toBe(first.appSecret);
    expect(second.appSecretGeneratedAt).toBeUndefined();
  });

  it("treats empty variables as unset and lists what is off and why", () => {
    const { config, disabled } = loadConfig({ ...base, TELEGRAM_BOT_TOKEN: "", PORT: "" });
    expect(config.port).toBe(3000);
    expect(config.telegram).toBeUndefined();
    expect(config.database.kind).toBe("pglite");
    expect(disabled.map((item) => item.feature)).toEqual(["telegram", "zalo", "llm"]);
    expect(disabled[0]!.reason).toContain("TELEGRAM_BOT_TOKEN");
  });

  it("selects polling without PUBLIC_URL and webhooks with it", () => {
    const polling = loadConfig({ ...base, TELEGRAM_BOT_TOKEN: "123:abc" }).config;
    expect(polling.telegram?.delivery).toEqual({ mode: "polling" });
    const webhook = loadConfig({
      ...base,
      TELEGRAM_BOT_TOKEN: "123:abc",
      PUBLIC_URL: "https://police.example",
      TELEGRAM_WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
    }).config;
    expect(webhook.telegram?.delivery).toEqual({ mode: "webhook", publicUrl: "https://police.example", secret: "s3cret-s3cret-s3cret" });
  });
});
