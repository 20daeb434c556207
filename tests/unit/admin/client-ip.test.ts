import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { addressBehindProxies, clientIp } from "../../../admin/http/client-ip.ts";
import { loadConfig } from "../../../core/config/config.ts";

describe("addressBehindProxies", () => {
  it("believes X-Forwarded-For only through trusted hops, from the right", () => {
    expect(addressBehindProxies("10.0.0.5", ["1.2.3.4"], [])).toBe("10.0.0.5");
    expect(addressBehindProxies("10.0.0.5", ["1.2.3.4"], ["10.0.0.5"])).toBe("1.2.3.4");
    // The client wrote "6.6.6.6" itself; nginx appended the real peer 1.2.3.4.
    expect(addressBehindProxies("10.0.0.5", ["6.6.6.6", "1.2.3.4"], ["10.0.0.5"])).toBe("1.2.3.4");
    expect(addressBehindProxies("10.0.0.5", ["6.6.6.6", "1.2.3.4", "10.0.0.9"], ["10.0.0.5", "10.0.0.9"])).toBe("1.2.3.4");
    expect(addressBehindProxies("10.0.0.5", [], ["10.0.0.5"])).toBe("10.0.0.5");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("parses a list of addresses and rejects anything else by name", () => {
    const { config } = loadConfig({ DATA_DIR: "/tmp/ln-client-ip", TRUSTED_PROXIES: "127.0.0.1, ::1" });
    expect(config.trustedProxies).toEqual(["127.0.0.1", "::1"]);
    expect(() => loadConfig({ DATA_DIR: "/tmp/ln-client-ip", TRUSTED_PROXIES: "nginx.local" })).toThrow(/TRUSTED_PROXIES/);
    expect(loadConfig({ DATA_DIR: "/tmp/ln-client-ip" }).config.trustedProxies).toEqual([]);
  });
});

describe("clientIp over a real socket", () => {
  let server: ServerType | undefined;
  afterEach(() => {
    server?.close();
  });

  async function ask(trusted: string[], forwardedFor: string): Promise<string> {
    const app = new Hono().get("/", (c) => c.text(clientIp(c, trusted)));
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve(info.port));
    });
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": forwardedFor } });
    return response.text();
  }

  it("ignores a forged X-Forwarded-For from an untrusted peer", async () => {
    expect(await ask([], "8.8.8.8")).toBe("127.0.0.1");
  });

  it("uses the address the trusted proxy saw", async () => {
    expect(await ask(["127.0.0.1"], "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
  });
});
