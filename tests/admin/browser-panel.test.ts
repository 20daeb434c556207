import { serve, type ServerType } from "@hono/node-server";
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOutboxWorker, type OutboxWorker } from "../../core/outbox/outbox-worker.ts";
import { FakeTelegramServer } from "../fakes/fake-telegram.ts";
import { createCitizenTicket } from "./support/citizen-ticket.ts";
import { createAdminTestApp, type TAdminTestApp } from "./support/admin-test-app.ts";
import { botApiSender } from "./support/fake-telegram-sender.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = "test-artifacts";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

let env: TAdminTestApp;
let server: ServerType;
let baseUrl: string;
let browser: Browser;
let telegram: FakeTelegramServer;
let outbox: OutboxWorker;

describe.skipIf(!hasChromium)("admin panel in headless Chromium", () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    telegram = new FakeTelegramServer();
    // The database, the fake Bot API and Chromium start side by side: the file must stay under 40 s.
    [env, browser] = await Promise.all([
      createAdminTestApp({ withDemoTickets: false, queuePollSeconds: 2 }),
      chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      }),
      telegram.start(),
    ]);
    outbox = startOutboxWorker(
      { prisma: env.db.prisma, sql: env.db.sql, box: env.db.box, clock: { now: () => new Date() }, senders: { telegram: botApiSender(telegram.url, telegram.token) }, log: { warn() {}, error() {}, debug() {} } },
      { intervalMs: 150 },
    );
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: env.app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    });
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await outbox?.stop();
    await telegram?.stop();
    await env?.dispose();
  });

  async function signIn(page: Page, username: string) {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill(env.passwordOf(username));
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Hàng đợi phản ánh, tin báo" }).waitFor();
  }

  it("signs in, finds a ticket without diacritics, replies from the keyboard, transfers and resolves", async () => {
    const at = new Date(env.clock.now().getTime() - 60_000);
    const { code, chatId } = await createCitizenTicket(env.db, { text: "Phát hiện tụ điểm ma túy ở ngõ Hòa Bình, tối nào cũng có người lạ", unitCode: "PC04", categoryCode: "tip.drugs", at });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${message.text()} @ ${JSON.stringify(message.location())} ${page.url()}`);
    });

    await signIn(page, "canbo.pc04");
    await page.screenshot({ path: `${ARTIFACTS}/admin-queue.png`, fullPage: true });

    await page.getByLabel("Tìm kiếm").fill("ma tuy hoa binh");
    await page.getByRole("button", { name: "Lọc" }).click();
    const link = page.getByRole("link", { name: code });
    await link.waitFor();
    expect(await page.locator("table.queue tbody tr").count()).toBe(1);
    await link.click();
    await page.getByRole("heading", { name: "Hội thoại" }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/admin-ticket.png`, fullPage: true });

    // Keyboard only: Tab to the canned replies, pick one with the arrow key, Tab to the text, type, Ctrl+Enter.
    await page.locator("body").focus();
    for (let presses = 0; presses < 120; presses += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "canned-reply")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("canned-reply");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("reply-text");
    const inserted = await page.locator("#reply-text").inputValue();
    expect(inserted.length).toBeGreaterThan(20);
    await page.keyboard.press("End");
    await page.keyboard.type(" Cán bộ PC04.");
    await page.keyboard.press("Control+Enter");
    await page.getByText("Đã đưa trả lời vào hàng gửi.").waitFor();

    const ticket = await env.db.prisma.ticket.findUniqueOrThrow({ where: { code } });
    const queued = await env.db.prisma.outboxMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(queued.channel).toBe("telegram");
    const delivered = await telegram.waitForMessage((message) => String(message.chat_id) === chatId && String(message.text).endsWith("Cán bộ PC04."), 10_000);
    expect(String(delivered.text)).toContain(inserted.trim().slice(0, 20));
    await page.reload();
    await page.locator(".message-out .delivery-sent").last().waitFor();

    // Transfer to the cyber-crime department with a reason; the officer loses sight of it.
    await page.locator('select[name="unitCode"]').selectOption("PA05");
    await page.getByPlaceholder("Lý do chuyển (người dân được thông báo)").fill("Liên quan mua bán qua mạng");
    await page.getByRole("button", { name: "Chuyển", exact: true }).click();
    await page.getByText("Đã chuyển đơn vị và báo cho người dân.").waitFor();
    await telegram.waitForMessage((message) => String(message.chat_id) === chatId && String(message.text).includes("Phòng An ninh mạng"), 10_000);
    await context.close();

    // The receiving unit resolves it.
    const other = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN", isMobile: true });
    const phone = await other.newPage();
    await signIn(phone, "canbo.pa05");
    await phone.goto(`${baseUrl}/tickets/${code}`);
    await phone.getByText("Chuyển từ PC04 sang PA05").waitFor();
    await phone.locator('select[name="status"]').selectOption("resolved");
    await phone.getByRole("button", { name: "Cập nhật trạng thái" }).click();
    await phone.getByText("Đã cập nhật trạng thái.").waitFor();
    await phone.screenshot({ path: `${ARTIFACTS}/admin-ticket-phone.png`, fullPage: true });
    expect((await env.db.prisma.ticket.findUniqueOrThrow({ where: { code } })).status).toBe("resolved");
    await other.close();
    expect(consoleErrors.filter((text) => !text.includes("favicon"))).toEqual([]);
  });

  it("shows a new ticket in the open queue without a reload (htmx polling)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "canbo.pc04");
    const { code } = await createCitizenTicket(env.db, { text: "Tin báo mới trong lúc đang xem hàng đợi", unitCode: "PC04" });
    await page.getByRole("link", { name: code }).waitFor({ timeout: 8_000 });
    await context.close();
  }, 20_000);
});
