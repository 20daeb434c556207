/** Fetching a citizen's Zalo image for the panel: only from Zalo's https hosts, hashed as evidence. */
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadZaloFile, ZaloFileRefusedError } from "../../../bot/channels/zalo/download-zalo-file.ts";

const image = Buffer.from("fake-jpeg-bytes-ảnh");
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/photo.jpg") res.writeHead(200, { "content-type": "image/jpeg" }).end(image);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("downloadZaloFile", () => {
  it("fetches an allowed URL and returns its bytes and SHA-256", async () => {
    const file = await downloadZaloFile(`${base}/photo.jpg`, { isHttpAllowed: true, hostSuffixes: ["127.0.0.1"] });
    expect(file.bytes.equals(image)).toBe(true);
    expect(file.sha256).toBe(createHash("sha256").update(image).digest("hex"));
  });

  it("refuses plain http, hosts that are not Zalo's, and things that are not URLs", async () => {
    await expect(downloadZaloFile(`${base}/photo.jpg`)).rejects.toBeInstanceOf(ZaloFileRefusedError);
    await expect(downloadZaloFile("https://evil.example/photo.jpg")).rejects.toThrow(/not a Zalo media host/);
    await expect(downloadZaloFile("https://notzadn.vn/photo.jpg")).rejects.toThrow(/not a Zalo media host/);
    await expect(downloadZaloFile("file:///etc/passwd")).rejects.toThrow(/protocol/);
    await expect(downloadZaloFile("fake-sticker-1")).rejects.toThrow(/not a URL/);
  });

  it("fails on a missing file", async () => {
    await expect(downloadZaloFile(`${base}/gone.jpg`, { isHttpAllowed: true, hostSuffixes: ["127.0.0.1"] })).rejects.toThrow();
  });
});
