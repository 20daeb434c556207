/**
 * Fetches an image (or voice note) a citizen sent on Zalo, for the panel to show as evidence.
 * Zalo gives files as URLs on its CDN (no getFile), so the "file id" stored for a Zalo attachment
 * is that URL. Only https URLs on Zalo's hosts are fetched — the panel must not become a way to
 * make our server request arbitrary addresses — with a size cap and a timeout.
 */
import { createHash } from "node:crypto";
import axios from "axios";

/** Hosts Zalo serves media from (photo-stal-*.zadn.vn, voice-aac.zadn.vn, *.zdn.vn, …). */
export const ZALO_MEDIA_HOST_SUFFIXES = [".zadn.vn", ".zdn.vn", ".zalo.me", ".zaloapp.com", ".zaloplatforms.com"];
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface TDownloadOptions {
  hostSuffixes?: readonly string[];
  /** Tests only: allow plain http (a local server). */
  isHttpAllowed?: boolean;
  timeoutMs?: number;
}

export class ZaloFileRefusedError extends Error {
  constructor(reason: string) {
    super(`Zalo file not fetched: ${reason}`);
    this.name = "ZaloFileRefusedError";
  }
}

export async function downloadZaloFile(fileUrl: string, options: TDownloadOptions = {}): Promise<{ bytes: Buffer; sha256: string }> {
  let url: URL;
  try {
    url = new URL(fileUrl);
  } catch {
    throw new ZaloFileRefusedError("not a URL");
  }
  const isAllowedProtocol = url.protocol === "https:" || (options.isHttpAllowed === true && url.protocol === "http:");
  if (!isAllowedProtocol) throw new ZaloFileRefusedError(`protocol ${url.protocol} refused`);
  const host = url.hostname.toLowerCase();
  const suffixes = options.hostSuffixes ?? ZALO_MEDIA_HOST_SUFFIXES;
  if (!suffixes.some((suffix) => host.endsWith(suffix) || `.${host}` === suffix)) throw new ZaloFileRefusedError(`host ${host} is not a Zalo media host`);
  const response = await axios.get<ArrayBuffer>(url.toString(), {
    responseType: "arraybuffer",
    timeout: options.timeoutMs ?? 15_000,
    maxContentLength: MAX_FILE_BYTES,
    maxRedirects: 0,
    validateStatus: (status) => status === 200,
    proxy: false,
  });
  const bytes = Buffer.from(response.data);
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}
