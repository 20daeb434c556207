/**
 * The Zalo channel: citizens on the Zalo Bot API get the same dialogs as on Telegram, through the
 * shared engine (handleInboundEvent), rendered for a messenger without buttons. Long polling when
 * no PUBLIC_URL is set, otherwise a webhook registered at start. Answers go through the outbox.
 */
import type { TAppDeps } from "../../../core/app-deps.ts";
import type { TChannelRuntime } from "../../channel-runtime.ts";
import { enqueueOutbox } from "../../../core/outbox/enqueue-outbox.ts";
import { createDialogDeps } from "../../dialogs/create-dialog-deps.ts";
import { handleInboundEvent } from "../../dialogs/handle-inbound-event.ts";
import type { TDialogDeps } from "../../dialogs/turn.ts";
import { createSenderRateLimit } from "../../sender-rate-limit.ts";
import { answerUnsupported } from "./answer-unsupported.ts";
import { downloadZaloFile, type TDownloadOptions } from "./download-zalo-file.ts";
import { createOfferedChoicesStore } from "./offered-choices-store.ts";
import { createZaloClient, type ZaloClient } from "./zalo-client.ts";
import { ZaloUnauthorizedError } from "./zalo-errors.ts";
import { createZaloInbound, type TZaloInboundDeps, type ZaloInbound } from "./zalo-inbound.ts";
import { startZaloPoller, type TZaloPollerOptions, type ZaloPoller } from "./zalo-poller.ts";
import { createZaloSender } from "./zalo-sender.ts";
import { createZaloWebhookHandler, ZALO_WEBHOOK_PATH } from "./zalo-webhook.ts";

export interface TZaloChannelOptions {
  /** Dialog dependencies shared with other channels; built here when absent. */
  dialogDeps?: TDialogDeps;
  poller?: TZaloPollerOptions;
  /** How often stored but unhandled updates are replayed (default 60 s). */
  recoveryIntervalMs?: number;
  /** Where citizens' files may be fetched from (tests point it at a local server). */
  download?: TDownloadOptions;
  /** Told when each accepted update has been handled (benchmark, tests). */
  onHandled?: TZaloInboundDeps["onHandled"];
}

export type TZaloChannel = TChannelRuntime & {
  /** The store-then-handle pipeline both transports use (tests and the benchmark drive it). */
  inbound: ZaloInbound;
};

export function createZaloChannel(deps: TAppDeps, options: TZaloChannelOptions = {}): TZaloChannel {
  const config = deps.config.zalo;
  if (!config) throw new Error("createZaloChannel: ZALO_BOT_TOKEN is not configured");
  const { prisma } = deps.db;
  const logger = deps.logger.child({ channel: "zalo" });
  // The same dialog dependencies as Telegram, so Zalo citizens also get the optional model.
  const dialogDeps: TDialogDeps = options.dialogDeps ?? { ...createDialogDeps(deps), logger };
  const translator = dialogDeps.translator;
  const client = createZaloClient({ token: config.token, apiRoot: config.apiRoot });
  const offeredChoices = createOfferedChoicesStore(deps.db.sql, deps.box);
  const translate = (language: string) => translator.t(language);
  const inbound = createZaloInbound({
    prisma, sql: deps.db.sql, box: deps.box, clock: deps.clock, logger, offeredChoices,
    handleEvent: async (event, { inboundUpdateId }) => void (await handleInboundEvent(dialogDeps, event, { inboundId: inboundUpdateId })),
    answerUnsupported: (event, ids) => answerUnsupported({ sql: deps.db.sql, box: deps.box, clock: deps.clock, translate, wakeOutbox: deps.wakeOutbox }, event, ids),
    ...(options.onHandled && { onHandled: options.onHandled }),
    // The same per-sender limit as Telegram; the warning goes through the outbox (Zalo counts every send).
    floodGuard: createSenderRateLimit({ limit: 30, windowMs: 10_000 }),
    warnTooFast: async (chatId) => {
      await enqueueOutbox(deps.db.sql, deps.box, { channel: "zalo", chatId, payload: { text: translate("vi")("bot-too-fast") } }, deps.clock.now());
      deps.wakeOutbox();
    },
  });
  const delivery = config.delivery;
  let isStopping = false;
  let poller: ZaloPoller | null = null;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    if (isStopping) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!isStopping) run();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const webhookHandler = delivery.mode === "webhook" ? createZaloWebhookHandler({ secret: delivery.secret, inbound, logger }) : null;
  const webhookUrl = delivery.mode === "webhook" ? `${delivery.publicUrl.replace(/\/+$/, "")}${ZALO_WEBHOOK_PATH}` : null;

  /** Registers the webhook, retrying in the background (with back-off) until Zalo accepts it. */
  const registerWebhook = async (attempt = 1): Promise<void> => {
    if (delivery.mode !== "webhook" || !webhookUrl) return;
    try {
      await client.setWebhook({ url: webhookUrl, secretToken: delivery.secret });
      logger.info({ attempt }, "zalo webhook registered");
    } catch (error) {
      logger.error({ err: error, attempt }, "zalo setWebhook failed; retrying");
      later(Math.min(2 ** attempt * 1000, 5 * 60_000), () => void registerWebhook(attempt + 1));
    }
  };

  /** Every minute: replay stored updates that were never handled, and drop expired choice lists. */
  let recovering: Promise<unknown> | null = null;
  const recover = () =>
    (recovering = inbound
      .recover()
      .then((count) => count > 0 && logger.info({ count }, "zalo updates replayed"))
      .then(() => offeredChoices.prune(deps.clock.now()))
      .catch((error: unknown) => logger.error({ err: error }, "zalo recovery pass failed"))
      .finally(() => {
        recovering = null;
        later(options.recoveryIntervalMs ?? 60_000, () => void recover());
      }));

  return {
    name: "zalo",
    inbound,
    sender: createZaloSender({
      client, prisma, box: deps.box, clock: deps.clock, offeredChoices, translate,
      onQuotaExceeded: (description) =>
        logger.error({ description }, "Zalo message quota exceeded: answers to Zalo citizens are marked failed until the quota renews or the plan is upgraded"),
    }),
    ...(webhookHandler && {
      webhook: {
        path: ZALO_WEBHOOK_PATH,
        handle: (request: Request) => (isStopping ? Promise.resolve(new Response("stopping", { status: 503 })) : webhookHandler(request)),
      },
    }),
    async start() {
      await checkToken(client, logger);
      if (delivery.mode === "webhook") await registerWebhook();
      else {
        const current = await client.getWebhookInfo().catch(() => ({ url: "" }));
        // Zalo refuses getUpdates while a webhook is set (left over from a webhook deployment).
        if (current.url) await client.deleteWebhook().catch((error: unknown) => logger.error({ err: error }, "zalo deleteWebhook failed"));
        poller = startZaloPoller({ client, inbound, logger }, options.poller);
      }
      // Updates a previous run stored but never handled are replayed now, then every minute.
      void recover();
    },
    async stop() {
      isStopping = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await poller?.stop();
      await recovering;
      await inbound.drain();
      client.close();
    },
    /** Zalo files come by URL: the "file id" of a Zalo attachment is its URL on Zalo's CDN. */
    downloadFile: (fileId: string) => downloadZaloFile(fileId, options.download),
    describe() {
      const host = new URL(config.apiRoot).host;
      return delivery.mode === "webhook" ? `Zalo Bot API (${host}), webhook ${webhookUrl}` : `Zalo Bot API (${host}), long polling`;
    },
  };
}

/** Logs which bot the token belongs to, or says plainly that Zalo refused it; never throws. */
async function checkToken(client: ZaloClient, logger: TAppDeps["logger"]): Promise<void> {
  try {
    const me = await client.getMe();
    logger.info({ botId: me.id, botName: me.account_name }, "zalo bot identified");
  } catch (error) {
    if (error instanceof ZaloUnauthorizedError) logger.error("Zalo refused ZALO_BOT_TOKEN (401): check the token in Zalo Bot Manager");
    else logger.warn({ err: error }, "zalo getMe failed; continuing");
  }
}
