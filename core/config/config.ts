import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";

/** An unset or empty variable is absent. */
const ZOptionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));
const ZOptionalUrl = ZOptionalString.pipe(z.url().optional());
/** Empty means unset, so the schema's default applies. */
const emptyAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

export const ZEnvironment = z.object({
  DATABASE_URL: ZOptionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://").optional(),
  ),
  PGLITE_DATA_DIR: ZOptionalString,
  DATA_DIR: ZOptionalString,
  PORT: emptyAsUnset(z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: ZOptionalString,
  PUBLIC_URL: ZOptionalUrl,
  APP_SECRET: ZOptionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  ADMIN_PASSWORD: ZOptionalString.pipe(z.string().min(10, "must be at least 10 characters").optional()),
  TELEGRAM_BOT_TOKEN: ZOptionalString.pipe(z.string().regex(/^\d+:[\w-]+$/, "must look like 123456:ABC-def").optional()),
  TELEGRAM_API_ROOT: ZOptionalUrl,
  TELEGRAM_WEBHOOK_SECRET: ZOptionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ and -").optional(),
  ),
  ZALO_BOT_TOKEN: ZOptionalString,
  ZALO_API_ROOT: ZOptionalUrl,
  ZALO_WEBHOOK_SECRET: ZOptionalString.pipe(z.string().min(8).max(256).optional()),
  OPENAI_BASE_URL: ZOptionalUrl,
  OPENAI_API_KEY: ZOptionalString,
  OPENAI_MODEL: ZOptionalString,
  LOG_LEVEL: emptyAsUnset(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  SEED_DEMO_DATA: emptyAsUnset(z.enum(["auto", "yes", "no"]).default("auto")),
  TRUSTED_PROXIES: ZOptionalString.pipe(
    z
      .string()
      .regex(/^[0-9A-Fa-f.:]+(\s*,\s*[0-9A-Fa-f.:]+)*$/, "must be a comma-separated list of IP addresses, e.g. 127.0.0.1,::1")
      .optional(),
  ),
});
export type TEnvironment = z.infer<typeof ZEnvironment>;

export type TChannelMode = { mode: "polling" } | { mode: "webhook"; publicUrl: string; secret: string };

export interface TConfig {
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  dataDir: string;
  port: number;
  host: string;
  publicUrl: string | undefined;
  appSecret: string;
  /** Set when the secret was generated on this start, so the caller can say so. */
  appSecretGeneratedAt: string | undefined;
  adminPassword: string | undefined;
  telegram: { token: string; apiRoot: string | undefined; delivery: TChannelMode } | undefined;
  zalo: { token: string; apiRoot: string; delivery: TChannelMode } | undefined;
  openai: { baseUrl: string; apiKey: string; model: string } | undefined;
  logLevel: TEnvironment["LOG_LEVEL"];
  seedDemoData: TEnvironment["SEED_DEMO_DATA"];
  /** Reverse proxies whose X-Forwarded-For is believed (for rate limits and the audit log). */
  trustedProxies: readonly string[];
}

/** Channels and features that are off, with the reason, for the start-up log. */
export interface TDisabledFeature {
  feature: string;
  reason: string;
}

/**
 * Reads and validates every setting once at start-up. Throws CONFIG_INVALID naming the first bad
 * variable, so an operator sees "TELEGRAM_WEBHOOK_SECRET: must be …" rather than a crash later.
 */
export function loadConfig(env: NodeJS.ProcessEnv): { config: TConfig; disabled: TDisabledFeature[] } {
  const parsed = ZEnvironment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new AppError("CONFIG_INVALID", `${variable}: ${issue.message}`, { field: variable });
  }
  const e = parsed.data;
  const dataDir = e.DATA_DIR ?? "data";
  const database = e.DATABASE_URL
    ? ({ kind: "postgres", url: e.DATABASE_URL } as const)
    : ({ kind: "pglite", dataDir: e.PGLITE_DATA_DIR ?? path.join(dataDir, "pglite") } as const);
  const secret = resolveAppSecret(e.APP_SECRET, database.kind, dataDir);
  const disabled: TDisabledFeature[] = [];

  const delivery = (name: "TELEGRAM" | "ZALO", secretValue: string | undefined): TChannelMode => {
    if (!e.PUBLIC_URL) return { mode: "polling" };
    if (!secretValue) {
      throw new AppError("CONFIG_INVALID", `${name}_WEBHOOK_SECRET: required when PUBLIC_URL is set (webhook mode)`, {
        field: `${name}_WEBHOOK_SECRET`,
      });
    }
    return { mode: "webhook", publicUrl: e.PUBLIC_URL, secret: secretValue };
  };

  const telegram = e.TELEGRAM_BOT_TOKEN
    ? { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT, delivery: delivery("TELEGRAM", e.TELEGRAM_WEBHOOK_SECRET) }
    : undefined;
  if (!telegram) disabled.push({ feature: "telegram", reason: "TELEGRAM_BOT_TOKEN is not set" });
  const zalo = e.ZALO_BOT_TOKEN
    ? {
        token: e.ZALO_BOT_TOKEN,
        apiRoot: e.ZALO_API_ROOT ?? "https://bot-api.zaloplatforms.com",
        delivery: delivery("ZALO", e.ZALO_WEBHOOK_SECRET),
      }
    : undefined;
  if (!zalo) disabled.push({ feature: "zalo", reason: "ZALO_BOT_TOKEN is not set" });
  const openai =
    e.OPENAI_BASE_URL && e.OPENAI_MODEL
      ? { baseUrl: e.OPENAI_BASE_URL, apiKey: e.OPENAI_API_KEY ?? "not-needed", model: e.OPENAI_MODEL }
      : undefined;
  if (!openai) disabled.push({ feature: "llm", reason: "OPENAI_BASE_URL and OPENAI_MODEL are not both set; the offline classifier is used" });

  return {
    config: {
      database,
      dataDir,
      port: e.PORT,
      host: e.HOST ?? "0.0.0.0",
      publicUrl: e.PUBLIC_URL,
      appSecret: secret.value,
      appSecretGeneratedAt: secret.generatedFile,
      adminPassword: e.ADMIN_PASSWORD,
      telegram,
      zalo,
      openai,
      logLevel: e.LOG_LEVEL,
      seedDemoData: e.SEED_DEMO_DATA,
      trustedProxies: e.TRUSTED_PROXIES ? e.TRUSTED_PROXIES.split(",").map((address) => normalizeAddress(address.trim())) : [],
    },
    disabled,
  };
}

function resolveAppSecret(fromEnv: string | undefined, databaseKind: "pglite" | "postgres", dataDir: string) {
  if (fromEnv) return { value: fromEnv, generatedFile: undefined };
  if (databaseKind === "postgres") {
    // Several instances share one PostgreSQL: a secret generated per machine would split them.
    throw new AppError("CONFIG_INVALID", "APP_SECRET: required with DATABASE_URL (PostgreSQL mode); generate one with `openssl rand -hex 32`", {
      field: "APP_SECRET",
    });
  }
  const file = path.join(dataDir, "app-secret");
  if (existsSync(file)) return { value: readFileSync(file, "utf8").trim(), generatedFile: undefined };
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(32).toString("hex");
  writeFileSync(file, value + "\n", { mode: 0o600 });
  return { value, generatedFile: file };
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) and "127.0.0.1" are the same peer. */
export function normalizeAddress(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}
