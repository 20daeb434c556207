import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramHarness, WEBHOOK_SECRET, type TTelegramHarness } from "./telegram-harness.ts";

let h: TTelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness({ isWebhook: true });
}, 120_000);
afterAll(async () => {
  await h?.stop();
}, 120_000);

const webhookUrl = () => `http://127.0.0.1:${h.app.port}/webhooks/telegram`;
const update = (updateId: number) => ({
  update_id: updateId,
  message: { message_id: 1, date: 1, chat: { id: 8999, type: "private", first_name: "X" }, from: { id: 8999, is_bot: false, first_name: "X" }, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
});

describe("Telegram webhook", () => {
  it("registers the webhook with its secret and announces the commands in Vietnamese and English", () => {
    expect(h.fake.webhook.url).toBe(webhookUrl());
    expect(h.fake.webhook.secretToken).toBe(WEBHOOK_SECRET);
    expect(h.fake.commands.vi?.map((command) => command.command)).toEqual(["start", "menu", "huy", "tracuu", "phieu", "ngonngu", "riengtu", "xoadulieu"]);
    expect(h.fake.commands.vi?.find((command) => command.command === "xoadulieu")?.description).toBe("Xóa dữ liệu cá nhân của tôi");
    expect(h.fake.commands.en?.find((command) => command.command === "huy")?.description).toBe("Cancel what you are doing");
  });

  it("rejects requests without the right secret and stores nothing", async () => {
    const wrong = await fetch(webhookUrl(), { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "wrong_secret_0123456789" }, body: JSON.stringify(update(1)) });
    expect(wrong.status).toBe(401);
    const missing = await fetch(webhookUrl(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(update(2)) });
    expect(missing.status).toBe(401);
    const garbage = await fetch(webhookUrl(), { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": WEBHOOK_SECRET }, body: "{not json" });
    expect(garbage.status).toBe(400);
    expect(await h.prisma.inboundUpdate.count({ where: { updateKey: { in: ["1", "2"] } } })).toBe(0);
  });

  it("runs a whole conversation through the webhook, once per update even when delivered twice", async () => {
    const ly = h.citizen({ id: 8001 });
    ly.command("/start");
    await ly.expect(/Đồng ý/);
    ly.click("consent");
    await ly.expect(/Bạn muốn làm gì/);
    const question = ly.send("Đổi giấy phép lái xe ở đâu?");
    h.fake.deliverDuplicate(question);
    await ly.expect(/💡|Mã phiếu: HT-/);
    await h.fake.webhookIdle();
    expect(await h.prisma.message.count({ where: { text: "Đổi giấy phép lái xe ở đâu?" } })).toBe(1);
    expect(h.fake.webhook.deliveries.filter((delivery) => delivery.update_id === question.update_id).map((delivery) => delivery.status)).toEqual([200, 200]);
    expect(await h.prisma.inboundUpdate.count({ where: { updateKey: String(question.update_id) } })).toBe(1);
  });
});
