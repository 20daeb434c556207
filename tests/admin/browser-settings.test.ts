import { serve, type ServerType } from "@hono/node-server";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminTestApp, type TAdminTestApp } from "./support/admin-test-app.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

let env: TAdminTestApp;
let server: ServerType;
let baseUrl: string;
let browser: Browser;

describe.skipIf(!hasChromium)("settings page and unread badge in headless Chromium", () => {
  beforeAll(async () => {
    [env, browser] = await Promise.all([
      createAdminTestApp({ withDemoTickets: false }),
      chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] }),
    ]);
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: env.app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    });
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await env?.dispose();
  });

  it("an admin sees the unread badge, opens the settings from the menu, is told what is wrong, then saves", async () => {
    const admin = await env.db.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } });
    await env.db.prisma.notification.createMany({ data: [{ userId: admin.id, kind: "sla.overdue", data: { code: "HT-26-000001" } }, { userId: admin.id, kind: "sla.due_80", data: { code: "HT-26-000002" } }] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => void (message.type() === "error" ? consoleErrors.push(message.text()) : undefined));

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Tên đăng nhập").fill("admin");
    await page.getByLabel("Mật khẩu").fill(env.passwordOf("admin"));
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Hàng đợi phản ánh, tin báo" }).waitFor();

    // htmx fills the badge in after the page has loaded.
    const badge = page.locator("#unread-badge");
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe("2");
    expect(await badge.getAttribute("title")).toBe("2 thông báo chưa đọc");

    await page.getByRole("link", { name: "Cài đặt" }).click();
    await page.getByRole("heading", { name: "Cài đặt thời hạn và công khai" }).waitFor();
    await page.getByLabel("Báo cáo lên cấp trên sau khi quá hạn (giờ)").fill("0");
    for (const day of ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]) await page.getByLabel(day, { exact: true }).uncheck();
    await page.getByRole("button", { name: "Lưu" }).first().click();
    await page.getByText("Xin vui lòng chọn ít nhất một ngày làm việc trong tuần.").waitFor();
    await page.getByText("Xin vui lòng nhập một số giờ nguyên, từ 1 đến 1440.").waitFor();

    await page.getByLabel("Báo cáo lên cấp trên sau khi quá hạn (giờ)").fill("6");
    for (const day of ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]) await page.getByLabel(day, { exact: true }).check();
    await page.getByLabel("Bật trang công khai số liệu (chỉ số liệu tổng hợp, không có thông tin cá nhân)").check();
    await page.getByRole("button", { name: "Lưu" }).first().click();
    await page.getByText("Đã lưu.").waitFor();
    expect(await page.getByLabel("Thứ Bảy", { exact: true }).isChecked()).toBe(true);
    expect((await env.db.prisma.setting.findUniqueOrThrow({ where: { key: "sla.escalationDelayHours" } })).value).toBe(6);
    expect((await page.request.get(`${baseUrl}/cong-khai`)).status()).toBe(200);
    // The browser logs the form sent back with its errors (422) as a failed resource; nothing else.
    expect(consoleErrors.filter((text) => !text.includes("status of 422"))).toEqual([]);
    await context.close();
  });
});
