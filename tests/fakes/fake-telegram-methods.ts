/**
 * The message-related Bot API methods of `FakeTelegramServer` (send*, edit*, delete,
 * callback answers, commands, files), with the validation Telegram applies and the same
 * error descriptions, so a bot's error handling meets the real answers.
 */
import type {
  BotCommand, ForceReply, InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, ReplyKeyboardRemove, User, UserFromGetMe,
} from "grammy/types";
import type { UploadedFile } from "./http-util.ts";
import type { InjectedFault, SentLog } from "./sent-log.ts";
import type { TelegramStore } from "./fake-telegram-updates.ts";
import { checkFormattedText } from "./fake-telegram-format.ts";

/** One outbound message the bot sent or edited: its parameters plus the resulting message id. */
export interface SentTelegramMessage {
  method: string;
  chat_id?: number | string;
  message_id?: number;
  text?: string;
  caption?: string;
  reply_markup?: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;
  /** Files uploaded with this call (multipart), by parameter name: photo, document, ... */
  uploads?: Record<string, UploadedFile>;
  [param: string]: unknown;
}

/** A Bot API error; the HTTP status equals `error_code`, as on api.telegram.org. */
export class ApiFailure extends Error {
  constructor(readonly error_code: number, readonly description: string, readonly retry_after?: number) {
    super(description);
  }
}

export const badRequest = (text: string): ApiFailure => new ApiFailure(400, `Bad Request: ${text}`);

export type Params = Record<string, unknown>;
export type Handler = (params: Params, files: Record<string, UploadedFile>, signal: AbortSignal) => unknown;
type Media = "photo" | "document" | "video" | "voice";

export interface MethodsContext {
  store: TelegramStore;
  outbox: SentLog<SentTelegramMessage>;
  commands: Record<string, BotCommand[]>;
  blockedChats: Set<string>;
  openCallbackQueries: Set<string>;
  botUser: () => User;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export class TelegramMessageMethods {
  constructor(private readonly context: MethodsContext) {}

  /** Handlers keyed by method name as the Bot API spells it. */
  handlers(): Record<string, Handler> {
    const { store, commands } = this.context;
    return {
      sendMessage: (params) => {
        this.requireChat(params);
        const text = checkText(params.text, params.parse_mode);
        return this.recordSent("sendMessage", params, { text, ...inlineMarkup(params.reply_markup) });
      },
      editMessageText: (params) => this.editMessage("editMessageText", params, { text: checkText(params.text, params.parse_mode) }),
      editMessageReplyMarkup: (params) => this.editMessage("editMessageReplyMarkup", params, {}),
      answerCallbackQuery: (params) => {
        if (!this.context.openCallbackQueries.delete(String(params.callback_query_id))) {
          throw badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        return true;
      },
      sendPhoto: (params, files) => this.sendMedia("photo", params, files),
      sendDocument: (params, files) => this.sendMedia("document", params, files),
      sendVideo: (params, files) => this.sendMedia("video", params, files),
      sendVoice: (params, files) => this.sendMedia("voice", params, files),
      sendMediaGroup: (params, files) => this.sendMediaGroup(params, files),
      sendChatAction: (params) => {
        this.requireChat(params);
        if (typeof params.action !== "string") throw badRequest("wrong parameter action in request");
        return true;
      },
      deleteMessage: (params) => {
        if (!store.deleteMessage(normaliseChatId(params.chat_id), Number(params.message_id))) throw badRequest("message to delete not found");
        return true;
      },
      setMyCommands: (params) => {
        const list = Array.isArray(params.commands) ? (params.commands as BotCommand[]) : [];
        if (list.some((command) => !/^[a-z0-9_]{1,32}$/.test(command.command))) throw badRequest("BOT_COMMAND_INVALID");
        if (list.some((command) => !command.description || command.description.length > 256)) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        commands[commandsKey(params)] = list;
        return true;
      },
      getMyCommands: (params) => commands[commandsKey(params)] ?? [],
      deleteMyCommands: (params) => {
        delete commands[commandsKey(params)];
        return true;
      },
      getFile: (params) => {
        const stored = store.files.get(String(params.file_id));
        if (!stored) throw badRequest("invalid file_id");
        return { file_id: stored.file_id, file_unique_id: stored.file_unique_id, file_size: stored.file_size, file_path: stored.file_path };
      },
    };
  }

  private requireChat(params: Params): number | string {
    if (params.chat_id === undefined || params.chat_id === "") throw badRequest("chat_id is empty");
    const chatId = normaliseChatId(params.chat_id);
    if (this.context.blockedChats.has(String(chatId))) throw new ApiFailure(403, "Forbidden: bot was blocked by the user");
    return chatId;
  }

  private recordSent(method: string, params: Params, content: Partial<Message>, uploads?: Record<string, UploadedFile>): Message {
    const { store } = this.context;
    const chatId = normaliseChatId(params.chat_id);
    const message = {
      message_id: store.nextMessageId(chatId),
      from: this.context.botUser(),
      chat: store.chatFor(chatId),
      date: nowSeconds(),
      ...content,
    } as Message;
    store.saveMessage(message);
    this.context.outbox.add({ ...params, method, chat_id: chatId, message_id: message.message_id, ...(uploads && { uploads }) });
    return message;
  }

  private editMessage(method: string, params: Params, content: { text?: string }): Message | true {
    if (params.inline_message_id !== undefined) return true;
    const chatId = this.requireChat(params);
    const existing = this.context.store.findMessage(chatId, Number(params.message_id));
    if (!existing) throw badRequest("message to edit not found");
    if (existing.from?.id !== this.context.botUser().id) throw badRequest("message can't be edited");
    const edited = { ...existing, ...content, edit_date: nowSeconds() } as Message;
    delete edited.reply_markup; // like Telegram: an edit without reply_markup removes the inline keyboard
    Object.assign(edited, inlineMarkup(params.reply_markup));
    if (edited.text === existing.text && JSON.stringify(edited.reply_markup) === JSON.stringify(existing.reply_markup)) {
      throw badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    this.context.store.saveMessage(edited);
    this.context.outbox.add({ ...params, method, chat_id: chatId, message_id: edited.message_id });
    return edited;
  }

  private sendMedia(kind: Media, params: Params, files: Record<string, UploadedFile>): Message {
    this.requireChat(params);
    if (params[kind] === undefined) throw badRequest(`there is no ${kind} in the request`);
    const uploads: Record<string, UploadedFile> = {};
    const media = this.mediaContent(kind, params[kind], files, uploads, kind);
    const caption = params.caption === undefined ? {} : { caption: checkCaption(params.caption, params.parse_mode) };
    const method = `send${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
    const content = { ...media, ...caption, ...inlineMarkup(params.reply_markup) };
    return this.recordSent(method, params, content, Object.keys(uploads).length > 0 ? uploads : undefined);
  }

  private sendMediaGroup(params: Params, files: Record<string, UploadedFile>): Message[] {
    this.requireChat(params);
    const items = Array.isArray(params.media) ? (params.media as { type: Media; media: unknown; caption?: string }[]) : [];
    if (items.length < 2 || items.length > 10) throw badRequest("wrong number of media specified; must be between 2 and 10");
    const groupId = String(Date.now());
    return items.map((item, index) => {
      const uploads: Record<string, UploadedFile> = {};
      const media = this.mediaContent(item.type, item.media, files, uploads, `media[${index}]`);
      const caption = item.caption === undefined ? {} : { caption: checkCaption(item.caption, undefined) };
      const content = { ...media, ...caption, media_group_id: groupId };
      return this.recordSent("sendMediaGroup", { ...params, media: item }, content, Object.keys(uploads).length > 0 ? uploads : undefined);
    });
  }

  /** Resolves an InputFile reference (attach://, URL or known file_id) into the message's media field. */
  private mediaContent(kind: Media, input: unknown, files: Record<string, UploadedFile>, uploads: Record<string, UploadedFile>, field: string): Partial<Message> {
    const { store } = this.context;
    const reference = String(input);
    const attached = reference.startsWith("attach://") ? files[reference.slice("attach://".length)] : undefined;
    let stored = store.files.get(reference);
    if (attached) {
      uploads[field] = attached;
      stored = store.registerFile(attached.bytes, `${kind}s`, attached.filename.split(".").pop() ?? "dat");
    } else if (/^https?:\/\//.test(reference)) {
      stored = store.registerFile(Buffer.alloc(0), `${kind}s`, "dat");
    }
    if (!stored) throw badRequest("wrong file identifier/HTTP URL specified");
    const base = { file_id: stored.file_id, file_unique_id: stored.file_unique_id, file_size: stored.file_size };
    if (kind === "photo") return { photo: [{ ...base, width: 800, height: 600 }] };
    if (kind === "video") return { video: { ...base, width: 640, height: 360, duration: 1 } };
    if (kind === "voice") return { voice: { ...base, duration: 1 } };
    return { document: { ...base, file_name: attached?.filename ?? "document.dat" } };
  }
}

export function normaliseChatId(value: unknown): number | string {
  return typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : (value as number | string);
}

function checkText(text: unknown, parseMode: unknown): string {
  if (typeof text !== "string" || text.trim() === "") throw badRequest("message text is empty");
  const checked = checkFormattedText(text, parseMode);
  if (!checked.ok) throw badRequest(checked.description);
  if (checked.visibleText.trim() === "") throw badRequest("message text is empty");
  if (checked.visibleText.length > 4096) throw badRequest("message is too long");
  return text;
}

function checkCaption(caption: unknown, parseMode: unknown): string {
  const checked = checkFormattedText(String(caption), parseMode);
  if (!checked.ok) throw badRequest(checked.description);
  if (checked.visibleText.length > 1024) throw badRequest("message caption is too long");
  return String(caption);
}

function inlineMarkup(markup: unknown): { reply_markup?: InlineKeyboardMarkup } {
  if (!markup || typeof markup !== "object" || !("inline_keyboard" in markup)) return {};
  const keyboard = markup as InlineKeyboardMarkup;
  for (const button of keyboard.inline_keyboard.flat()) {
    if ("callback_data" in button && Buffer.byteLength(button.callback_data) > 64) throw badRequest("BUTTON_DATA_INVALID");
  }
  return { reply_markup: keyboard };
}

/** setMyCommands key: language_code ("" = all), prefixed by the scope type for non-default scopes. */
function commandsKey(params: Params): string {
  const language = typeof params.language_code === "string" ? params.language_code : "";
  const scope = params.scope as { type?: string } | undefined;
  return scope?.type && scope.type !== "default" ? `${scope.type}/${language}` : language;
}

/** The getMe result for the fake bot, with every field the current Bot API returns. */
export function getMeResult(bot: User & { is_bot: true; username: string }): UserFromGetMe {
  return {
    ...bot,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

/** Form/multipart values that stay strings; every other value is JSON-decoded like the Bot API does. */
const STRING_FIELDS = new Set([
  "text", "caption", "callback_query_id", "url", "secret_token", "file_id", "language_code",
  "action", "parse_mode", "description", "short_description", "name",
]);

/** Decodes form/multipart values as the Bot API does: JSON where it parses, strings otherwise. */
export function coerceFormFields(fields: Params): Params {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => {
    if (typeof value !== "string" || STRING_FIELDS.has(key)) return [key, value];
    try {
      return [key, JSON.parse(value) as unknown];
    } catch {
      return [key, value];
    }
  }));
}

/** The Bot API error for a scripted fault, with Telegram's usual descriptions. */
export function faultToFailure(fault: InjectedFault): ApiFailure {
  const defaults: Record<number, string> = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden: bot was blocked by the user", 404: "Not Found",
    409: "Conflict", 429: `Too Many Requests: retry after ${fault.retry_after ?? 1}`, 500: "Internal Server Error",
    502: "Bad Gateway",
  };
  const retryAfter = fault.error_code === 429 ? (fault.retry_after ?? 1) : fault.retry_after;
  return new ApiFailure(fault.error_code, fault.description ?? defaults[fault.error_code] ?? "Error", retryAfter);
}
