/**
 * State and update builders behind `FakeTelegramServer`: the messages and files the fake
 * knows about, and realistic private-chat updates as Telegram sends them (Bot API 7+ shapes).
 */
import { randomBytes } from "node:crypto";
import type { Chat, Message, Update, User } from "grammy/types";

/** A citizen in a private chat with the bot; the chat id equals the user id. */
export interface FakeTelegramUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** A file the fake can hand out through getFile and `/file/bot<token>/<file_path>`. */
export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_size: number;
  bytes: Buffer;
}

/** Options shared by the media helpers: the bytes a later download returns, and a caption. */
export interface MediaOptions {
  caption?: string;
  bytes?: Buffer;
}

/** Bytes that start and end like a JPEG (SOI/EOI markers); not a decodable image. */
export const FAKE_JPEG_BYTES = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from("fake-jpeg-body"),
  Buffer.from([0xff, 0xd9]),
]);

export type DocumentOptions = MediaOptions & { fileName?: string; mimeType?: string };
export type TimedMediaOptions = MediaOptions & { duration?: number };

type PrivateMessage = Message & Update.NonChannel;

/** Messages, files and counters of one fake Telegram world. */
export class TelegramStore {
  readonly users = new Map<number, FakeTelegramUser>();
  readonly files = new Map<string, StoredFile>();
  private readonly messages = new Map<string, Message>();
  private readonly messageCounters = new Map<number | string, number>();
  private fileCounter = 0;
  private callbackCounter = 0;

  nextMessageId(chatId: number | string): number {
    const next = (this.messageCounters.get(chatId) ?? 0) + 1;
    this.messageCounters.set(chatId, next);
    return next;
  }

  saveMessage(message: Message): void {
    this.messages.set(`${message.chat.id}:${message.message_id}`, message);
  }

  findMessage(chatId: number | string, messageId: number): Message | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  deleteMessage(chatId: number | string, messageId: number): boolean {
    return this.messages.delete(`${chatId}:${messageId}`);
  }

  /** Registers bytes under a new file id; `folder` and `extension` shape the file_path. */
  registerFile(bytes: Buffer, folder: string, extension: string): StoredFile {
    this.fileCounter += 1;
    const file: StoredFile = {
      file_id: `AgACAgIAAxkBAAI${randomBytes(18).toString("base64url")}`,
      file_unique_id: `AQAD${randomBytes(8).toString("base64url")}`,
      file_path: `${folder}/file_${this.fileCounter}.${extension}`,
      file_size: bytes.length,
      bytes,
    };
    this.files.set(file.file_id, file);
    return file;
  }

  nextCallbackId(): string {
    this.callbackCounter += 1;
    return `${Date.now()}${this.callbackCounter}`;
  }

  /** The private chat of a user, or a plausible chat for ids the fake never saw. */
  chatFor(chatId: number | string): Chat {
    const user = typeof chatId === "number" ? this.users.get(chatId) : undefined;
    if (user) return privateChat(user);
    if (typeof chatId === "number" && chatId < 0) return { id: chatId, type: "supergroup", title: `Group ${chatId}` };
    if (typeof chatId === "string") return { id: -1001, type: "channel", title: chatId };
    return { id: chatId, type: "private", first_name: `User ${chatId}` };
  }
}

export function fromUser(user: FakeTelegramUser): User {
  return {
    id: user.id,
    is_bot: false,
    first_name: user.first_name,
    ...(user.last_name !== undefined && { last_name: user.last_name }),
    ...(user.username !== undefined && { username: user.username }),
    ...(user.language_code !== undefined && { language_code: user.language_code }),
  };
}

function privateChat(user: FakeTelegramUser): Chat.PrivateChat {
  return {
    id: user.id,
    type: "private",
    first_name: user.first_name,
    ...(user.last_name !== undefined && { last_name: user.last_name }),
    ...(user.username !== undefined && { username: user.username }),
  };
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Builds the `message` of an update; callers wrap it with an update_id. */
export class TelegramMessageBuilder {
  constructor(private readonly store: TelegramStore) {}

  /** A new message from `user` in their private chat with `content` merged in, saved in the store. */
  message(user: FakeTelegramUser, content: Partial<Message>): PrivateMessage {
    this.store.users.set(user.id, user);
    const message = {
      message_id: this.store.nextMessageId(user.id),
      from: fromUser(user),
      chat: privateChat(user),
      date: nowSeconds(),
      ...content,
    } as PrivateMessage;
    this.store.saveMessage(message);
    return message;
  }

  text(user: FakeTelegramUser, text: string): PrivateMessage {
    return this.message(user, { text });
  }

  command(user: FakeTelegramUser, commandLine: string): PrivateMessage {
    const length = commandLine.split(/\s/, 1)[0]?.length ?? commandLine.length;
    return this.message(user, { text: commandLine, entities: [{ type: "bot_command", offset: 0, length }] });
  }

  photo(user: FakeTelegramUser, options: MediaOptions = {}): PrivateMessage {
    const bytes = options.bytes ?? FAKE_JPEG_BYTES;
    const small = this.store.registerFile(bytes, "photos", "jpg");
    const large = this.store.registerFile(bytes, "photos", "jpg");
    const photo = [
      { file_id: small.file_id, file_unique_id: small.file_unique_id, file_size: small.file_size, width: 90, height: 90 },
      { file_id: large.file_id, file_unique_id: large.file_unique_id, file_size: large.file_size, width: 800, height: 800 },
    ];
    return this.message(user, { photo, ...caption(options) });
  }

  document(user: FakeTelegramUser, options: DocumentOptions = {}): PrivateMessage {
    const fileName = options.fileName ?? "report.pdf";
    const file = this.store.registerFile(options.bytes ?? Buffer.from("%PDF-1.4\n%fake\n"), "documents", extensionOf(fileName));
    const document = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.file_size,
      file_name: fileName,
      mime_type: options.mimeType ?? "application/pdf",
    };
    return this.message(user, { document, ...caption(options) });
  }

  voice(user: FakeTelegramUser, options: TimedMediaOptions = {}): PrivateMessage {
    const file = this.store.registerFile(options.bytes ?? Buffer.from("OggS\0fake-voice"), "voice", "oga");
    const voice = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.file_size,
      duration: options.duration ?? 3,
      mime_type: "audio/ogg",
    };
    return this.message(user, { voice });
  }

  video(user: FakeTelegramUser, options: TimedMediaOptions = {}): PrivateMessage {
    const file = this.store.registerFile(options.bytes ?? Buffer.from("\0\0\0\x18ftypmp42fake"), "videos", "mp4");
    const video = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.file_size,
      width: 640,
      height: 360,
      duration: options.duration ?? 5,
      mime_type: "video/mp4",
    };
    return this.message(user, { video, ...caption(options) });
  }

  location(user: FakeTelegramUser, latitude: number, longitude: number): PrivateMessage {
    return this.message(user, { location: { latitude, longitude } });
  }

  /** A shared contact; by default the user's own card (`user_id` set), as the "share my phone" button sends. */
  contact(user: FakeTelegramUser, phoneNumber: string, options: { firstName?: string; isOwn?: boolean } = {}): PrivateMessage {
    const isOwn = options.isOwn ?? true;
    const contact = {
      phone_number: phoneNumber,
      first_name: options.firstName ?? user.first_name,
      ...(isOwn && { user_id: user.id }),
    };
    return this.message(user, { contact });
  }

  sticker(user: FakeTelegramUser, options: { emoji?: string } = {}): PrivateMessage {
    const file = this.store.registerFile(Buffer.from("RIFF\0\0\0\0WEBPfake"), "stickers", "webp");
    const sticker = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.file_size,
      type: "regular" as const,
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji: options.emoji ?? "👍",
      set_name: "FakeStickers",
    };
    return this.message(user, { sticker });
  }

  poll(user: FakeTelegramUser, question: string, options: string[]): PrivateMessage {
    const poll = {
      id: randomBytes(8).readBigUInt64BE().toString(),
      question,
      options: options.map((text, index) => ({ persistent_id: String(index), text, voter_count: 0 })),
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: true,
      type: "regular" as const,
      allows_multiple_answers: false,
    };
    return this.message(user, { poll } as Partial<Message>);
  }

  /** A text forwarded from someone who hides their account (the most common origin). */
  forwardedText(user: FakeTelegramUser, text: string, originalSenderName = "Nguyễn Văn A"): PrivateMessage {
    const forwardOrigin = { type: "hidden_user" as const, sender_user_name: originalSenderName, date: nowSeconds() - 3600 };
    return this.message(user, { text, forward_origin: forwardOrigin });
  }

  /** Replaces the text of an earlier user message; returns the edited message (with edit_date). */
  editedText(user: FakeTelegramUser, messageId: number, text: string): Message & Update.Edited & Update.NonChannel {
    const original = this.store.findMessage(user.id, messageId);
    const edited = {
      ...(original ?? { message_id: messageId, from: fromUser(user), chat: privateChat(user), date: nowSeconds() }),
      text,
      edit_date: nowSeconds(),
    } as Message & Update.Edited & Update.NonChannel;
    this.store.saveMessage(edited);
    return edited;
  }
}

function caption(options: MediaOptions): Partial<Message> {
  return options.caption === undefined ? {} : { caption: options.caption };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "dat" : fileName.slice(dot + 1);
}
