import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api, Bot } from "grammy";
import type { Update } from "grammy/types";
import type { TAppDeps } from "../../../core/app-deps.ts";
import { InboundAlreadyProcessedError, markInboundFailed, markInboundProcessed } from "../../../core/inbound/mark-inbound-update.ts";
import { purgeProcessedUpdates } from "../../../core/inbound/purge-processed-updates.ts";
import { recoverInboundUpdates } from "../../../core/inbound/recover-inbound-updates.ts";
import { storeInboundUpdate } from "../../../core/inbound/store-inbound-update.ts";
import type { TChannelRuntime } from "../../channel-runtime.ts";
import { askForRatings } from "../../dialogs/ask-for-ratings.ts";
import { handleInboundEvent } from "../../dialogs/handle-inbound-event.ts";
import { createDialogDeps } from "../../dialogs/create-dialog-deps.ts";
import type { TDialogDeps } from "../../dialogs/turn.ts";
import { botCommands } from "./bot-commands.ts";
import { downloadTelegramFile } from "./download-telegram-file.ts";
import { createSenderRateLimit } from "../../sender-rate-limit.ts";
import { createTelegramSender } from "./telegram-sender.ts";
import { createTelegramWebhookHandler, TELEGRAM_WEBHOOK_PATH } from "./telegram-webhook.ts";
import { handleStaffGroupReply, isGroupMessage } from "./staff-group-reply.ts";
import { runStoringPoller } from "./run-storing-poller.ts";
import { toInboundEvent } from "./to-inbound-event.ts";

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

export interface TTelegramChannelOptions {
  /**
   * How often the background sweeps run (default 30 s; 0 = never): replaying stored-but-unprocessed
   * updates, asking citizens to rate tickets officers resolved, forgetting week-old processed updates.
   */
  recoveryIntervalMs?: number;
  /** Extra API transformers (tests and the benchmark answer calls without a network). */
  apiTransformers?: Parameters<Api["config"]["use"]>[0][];
}

export type TTelegramChannel = TChannelRuntime & {
  bot: Bot;
  /** Stores and handles one update as both transports do (for tests and the benchmark). */
  processUpdate(update: Update): Promise<void>;
  /** One recovery pass now; returns how many updates were replayed. */
  recoverNow(): Promise<number>;
  /** One rating sweep now; returns how many citizens were asked to rate. */
  askForRatingsNow(): Promise<number>;
};

/**
 * The Telegram channel: grammY receives updates (runner for long polling, or the webhook route),
 * each update is stored before anything can fail, deduplicated on update_id, and handed to the
 * channel-neutral dialogs; answers leave through the outbox and this channel's sender.
 */
export function createTelegramChannel(deps: TAppDeps, options: TTelegramChannelOptions = {}): TTelegramChannel {
  const settings = deps.config.telegram;
  if (!settings) throw new Error("createTelegramChannel: TELEGRAM_BOT_TOKEN is not configured");
  const delivery = settings.delivery;
  const client = settings.apiRoot ? { apiRoot: settings.apiRoot } : {};
  const bot = new Bot(settings.token, { client });
  const senderApi = new Api(settings.token, client);
  for (const transformer of options.apiTransformers ?? []) {
    bot.api.config.use(transformer);
    senderApi.config.use(transformer);
  }
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5 }));
  senderApi.config.use(apiThrottler({ out: { maxConcurrent: 1, minTime: 40 } }));

  const dialogDeps = createDialogDeps(deps);
  const translator = dialogDeps.translator;
  const log = deps.logger.child({ channel: "telegram" });
  const floodGuard = createSenderRateLimit({ limit: 30, windowMs: 10_000 });
  const inFlight = new Set<Promise<unknown>>();
  let isStopping = false;

  /**
   * Runs the dialog for a stored update; a failure is recorded for the recovery pass and, the first
   * time, the citizen is told their message is saved (directly: the outbox write just failed).
   */
  const applyStored = async (inboundId: string, update: Update, isLive: boolean) => {
    const event = toInboundEvent(update);
    if (!event) return;
    try {
      await handleInboundEvent(dialogDeps, event, { inboundId });
    } catch (error) {
      if (error instanceof InboundAlreadyProcessedError) return;
      log.error({ err: error, updateId: update.update_id }, "telegram update failed; stored for retry");
      await markInboundFailed(deps.db.prisma, inboundId, error).catch(() => undefined);
      if (isLive) void bot.api.sendMessage(event.chatId, translator.t(event.languageCode ?? "vi")("bot-error")).catch(() => undefined);
    }
  };

  const staffDeps = { prisma: deps.db.prisma, clock: deps.clock, box: deps.box, wakeOutbox: deps.wakeOutbox };
  /** An officer's reply in a linked staff group (stored and deduplicated like citizens' updates). */
  const applyGroupUpdate = async (update: Update, inboundId: string) => {
    const result = await handleStaffGroupReply(update, staffDeps);
    await markInboundProcessed(deps.db.sql, inboundId, deps.clock.now()).catch(() => undefined);
    if (result.outcome === "ignored") return;
    const chatId = update.message!.chat.id;
    const t = translator.t("vi");
    void bot.api
      .sendMessage(chatId, t(`bot-group-reply-${result.outcome}`, { code: result.code ?? "" }), { reply_parameters: { message_id: update.message!.message_id } })
      .catch(() => undefined);
    log.info({ outcome: result.outcome, code: result.code }, "staff reply from a linked group");
  };

  /**
   * Receipt: the flood guard, then the update stored (deduplicated on update_id). Returns the
   * stored row's id, or null when there is nothing to handle (duplicate, dropped, not for us).
   * Throws only when storing failed: the transports then make Telegram deliver it again.
   */
  const storeUpdate = async (update: Update): Promise<string | null> => {
    const isGroup = isGroupMessage(update);
    const event = isGroup ? null : toInboundEvent(update);
    if (!isGroup) {
      if (!event) return null;
      const verdict = floodGuard.check(event.userId);
      if (verdict !== "ok") {
        if (verdict === "warn") void bot.api.sendMessage(event.chatId, translator.t(event.languageCode ?? "vi")("bot-too-fast")).catch(() => undefined);
        log.warn({ verdict }, "sender over the rate limit; update dropped");
        return null;
      }
    }
    const stored = await storeInboundUpdate(deps.db.sql, deps.box, { channel: "telegram", updateKey: String(update.update_id), payload: update }, deps.clock.now());
    return stored.isDuplicate ? null : stored.id;
  };

  /** Handling of a stored update; failures are recorded on the row for the recovery pass. */
  const applyUpdate = async (update: Update, inboundId: string) => {
    if (isGroupMessage(update)) return applyGroupUpdate(update, inboundId);
    if (update.callback_query) void bot.api.answerCallbackQuery(update.callback_query.id).catch(() => undefined);
    await applyStored(inboundId, update, true);
  };

  const processUpdate = async (update: Update) => {
    const inboundId = await storeUpdate(update);
    if (inboundId) await applyUpdate(update, inboundId);
  };

  /** Updates the long-polling source stored before handing them to the runner: update_id → stored row. */
  const storedByPoller = new Map<number, string>();

  const tracked = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    return promise.finally(() => inFlight.delete(promise));
  };

  // One chat's updates are handled in order; different chats concurrently.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use((ctx) => {
    const inboundId = storedByPoller.get(ctx.update.update_id);
    if (inboundId === undefined) return tracked(processUpdate(ctx.update));
    storedByPoller.delete(ctx.update.update_id);
    return tracked(applyUpdate(ctx.update, inboundId));
  });
  bot.catch((error) => log.error({ err: error.error }, "telegram update could not be stored"));

  let runner: RunnerHandle | null = null;
  let recoveryTimer: NodeJS.Timeout | null = null;
  const recoverNow = () =>
    tracked(
      recoverInboundUpdates(deps.db.prisma, deps.box, { channel: "telegram", now: deps.clock.now(), olderThanMs: 30_000 }, (id, payload) =>
        applyStored(id, payload as Update, false),
      ),
    );

  const askForRatingsNow = () => tracked(askForRatings(dialogDeps, "telegram"));
  const sweep = async () => {
    await recoverNow();
    await askForRatingsNow();
    await tracked(purgeProcessedUpdates(deps.db.prisma, "telegram", deps.clock.now()));
  };

  const webhookHandle = delivery.mode === "webhook"
    ? createTelegramWebhookHandler({
        secret: delivery.secret,
        isStopping: () => isStopping,
        processUpdate: async (update) => {
          await tracked(processUpdate(update));
        },
        onError: (error) => log.error({ err: error }, "telegram webhook update could not be stored"),
      })
    : undefined;

  return {
    name: "telegram",
    bot,
    sender: createTelegramSender(senderApi),
    processUpdate: (update) => tracked(processUpdate(update)),
    recoverNow,
    askForRatingsNow,
    downloadFile: (fileId) => downloadTelegramFile(bot.api, { token: settings.token, apiRoot: settings.apiRoot }, fileId),
    ...(webhookHandle && { webhook: { path: TELEGRAM_WEBHOOK_PATH, handle: webhookHandle } }),
    async start() {
      try {
        await bot.init();
      } catch (error) {
        log.error({ err: error }, "getMe failed; continuing with a placeholder bot identity");
        bot.botInfo = placeholderBotInfo(settings.token);
      }
      await registerCommands(bot, translator, log);
      if (delivery.mode === "webhook") {
        const url = new URL(TELEGRAM_WEBHOOK_PATH, delivery.publicUrl).toString();
        await bot.api
          .setWebhook(url, { secret_token: delivery.secret, allowed_updates: [...ALLOWED_UPDATES], max_connections: 40 })
          .catch((error: unknown) => log.error({ err: error }, "setWebhook failed; Telegram will not deliver until it succeeds"));
      } else {
        await bot.api.deleteWebhook().catch((error: unknown) => log.warn({ err: error }, "deleteWebhook failed"));
        runner = runStoringPoller(bot, {
          allowedUpdates: ALLOWED_UPDATES,
          store: async (update) => {
            const inboundId = await storeUpdate(update);
            if (inboundId) storedByPoller.set(update.update_id, inboundId);
            return inboundId !== null;
          },
          onStoreError: (error, update, attempt) => log.error({ err: error, updateId: update.update_id, attempt }, "telegram update could not be stored; retrying before polling on"),
        });
      }
      const intervalMs = options.recoveryIntervalMs ?? 30_000;
      if (intervalMs > 0) {
        void sweep().catch((error: unknown) => log.error({ err: error }, "background sweep failed"));
        recoveryTimer = setInterval(() => void sweep().catch((error: unknown) => log.error({ err: error }, "background sweep failed")), intervalMs);
        recoveryTimer.unref();
      }
    },
    async stop() {
      isStopping = true;
      if (recoveryTimer) clearInterval(recoveryTimer);
      if (runner?.isRunning()) await runner.stop();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    describe() {
      const root = settings.apiRoot ? ` via ${settings.apiRoot}` : "";
      return delivery.mode === "webhook" ? `webhook ${new URL(TELEGRAM_WEBHOOK_PATH, delivery.publicUrl).toString()}${root}` : `long polling${root}`;
    },
  };
}

async function registerCommands(bot: Bot, translator: TDialogDeps["translator"], log: { warn(obj: object, msg: string): void }) {
  const calls = [
    bot.api.setMyCommands(botCommands(translator.t("vi"))),
    bot.api.setMyCommands(botCommands(translator.t("vi")), { language_code: "vi" }),
    bot.api.setMyCommands(botCommands(translator.t("en")), { language_code: "en" }),
  ];
  const results = await Promise.allSettled(calls);
  const failed = results.filter((result) => result.status === "rejected");
  if (failed.length > 0) log.warn({ err: (failed[0] as PromiseRejectedResult).reason }, "setMyCommands failed; commands are not announced");
}

function placeholderBotInfo(token: string): Bot["botInfo"] {
  return {
    id: Number(token.split(":")[0]) || 0,
    is_bot: true,
    first_name: "LangNghe",
    username: "langnghe_bot",
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as Bot["botInfo"];
}
