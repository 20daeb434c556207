import { createHash } from "node:crypto";
import type { Api } from "grammy";

/** The largest file the public Bot API lets a bot download (a local Bot API server lifts it). */
export const TELEGRAM_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export interface TDownloadedFile {
  bytes: Buffer;
  /** SHA-256 of the content, to record as evidence the first time it is fetched. */
  sha256: string;
  filePath: string;
}

/**
 * Fetches a file a citizen sent, by its Telegram file id (getFile, then the file URL), for an
 * officer viewing the evidence. Files are never copied to our disk ahead of time.
 */
export async function downloadTelegramFile(api: Api, options: { token: string; apiRoot?: string }, fileId: string): Promise<TDownloadedFile> {
  const file = await api.getFile(fileId);
  if (!file.file_path) throw new Error("Telegram gave no file path (file too large for the Bot API?)");
  const root = options.apiRoot ?? "https://api.telegram.org";
  const response = await fetch(`${root}/file/bot${options.token}/${file.file_path}`);
  if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), filePath: file.file_path };
}
