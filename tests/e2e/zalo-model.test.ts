/**
 * Zalo citizens get the optional model too: the whole product (startApp) with OPENAI_BASE_URL
 * pointing at the fake OpenAI-compatible server; a tip told in free text on Zalo opens a ticket
 * with the category the model chose, and the baseline's when the model fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeOpenAIServer } from "../fakes/fake-openai.ts";
import { startZaloHarness, type TZaloHarness } from "./zalo-support.ts";

// The baseline reads this as a drug tip; the scripted model says theft.
const TIP_TEXT = "Hàng xóm bán ma túy ở xóm 3, tối nào cũng có người lạ đến mua";
const MODEL_ANSWER = { kind: "tip", categoryCode: "tip.theft_robbery", wardCode: null, isEmergency: false, confidence: 0.9 };
const codeIn = (text: string) => /((?:TG|HT|PA)-\d{2}-\d{6})/.exec(text)?.[1] ?? "";

const model = new FakeOpenAIServer();
let harness: TZaloHarness;
let nextUser = 0;

beforeAll(async () => {
  await model.start();
  harness = await startZaloHarness({ mode: "polling", env: { OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: "test-key", OPENAI_MODEL: "fake-model" } });
}, 240_000);
afterAll(async () => {
  await harness?.stop();
  await model.stop();
}, 120_000);

/** Plays an anonymous tip typed as free text on Zalo and returns its ticket's category code. */
async function tipCategory(): Promise<string> {
  const person = harness.citizen({ id: `zmodel${Date.now().toString(16)}${nextUser++}`, display_name: "Hoa" });
  await person.say("/start", "1. ✅ Đồng ý");
  await person.say("đồng ý", "1. 🚨 Báo tin, tố giác");
  await person.say(TIP_TEXT, "Bạn có ảnh");
  await person.say("tiếp tục", "Sự việc xảy ra ở đâu?");
  await person.say("bỏ qua", "Bạn muốn gửi ẩn danh không?");
  await person.say("1", "Kiểm tra lại tin báo");
  const code = codeIn(await person.say("1", "Đã tiếp nhận tin báo"));
  const ticket = await harness.app.deps.db.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { category: true } });
  return ticket.category!.code;
}

describe("the optional model on Zalo", () => {
  it("opens the ticket with the model's category", async () => {
    model.respondWith(MODEL_ANSWER);
    expect(await tipCategory()).toBe("tip.theft_robbery");
    expect(model.sentText()).toContain("ma túy");
  });

  it("falls back to the baseline's category when the model fails", async () => {
    model.respondStatus(500);
    expect(await tipCategory()).toBe("tip.drugs");
  });
});
