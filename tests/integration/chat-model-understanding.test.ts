import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { handleInboundEvent } from "../../bot/dialogs/handle-inbound-event.ts";
import type { TInboundEvent } from "../../bot/dialogs/inbound-event.ts";
import type { TDialogDeps } from "../../bot/dialogs/turn.ts";
import { createUnderstandingResources } from "../../bot/dialogs/understanding-resources.ts";
import { createLogger } from "../../core/config/logger.ts";
import { storeInboundUpdate } from "../../core/inbound/store-inbound-update.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { understandMessage } from "../../core/understanding/index.ts";
import { createTranslator } from "../../locales/translator.ts";
import { FakeOpenAIServer } from "../fakes/fake-openai.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

/**
 * A citizen's free text in the chat is read by the optional model (through the real `openai`
 * client against a fake server on 127.0.0.1) before the turn's transaction; the ticket takes the
 * model's category. When the model fails or is too slow, the same flow ends with the baseline's.
 */
const model = new FakeOpenAIServer();
let db: TTestDatabase;
let deps: TDialogDeps;
const clock = fixedClock(new Date("2026-11-20T03:00:00Z"));

// The baseline reads this as a drug tip; the scripted model says theft.
const TIP_TEXT = "Hàng xóm bán ma túy ở xóm 3, tối nào cũng có người lạ đến mua";
const MODEL_ANSWER = { kind: "tip", categoryCode: "tip.theft_robbery", wardCode: null, isEmergency: false, confidence: 0.9 };

beforeAll(async () => {
  await model.start();
  db = await createSeededTestDatabase();
  deps = {
    prisma: db.prisma,
    sql: db.sql,
    box: db.box,
    clock,
    logger: createLogger("silent"),
    translator: createTranslator(),
    // A short time limit so the time-out case is quick; failureThreshold high so no case pauses the model for the next.
    resources: createUnderstandingResources(db.prisma, clock, {
      openai: { baseUrl: model.baseURL, apiKey: "test-key", model: "fake-model", timeoutMs: 400, failureThreshold: 100 },
    }),
    wakeOutbox: () => undefined,
  };
}, 120_000);
afterAll(async () => {
  await db?.dispose();
  await model.stop();
}, 120_000);
afterEach(() => {
  model.requests.length = 0;
});

const telegram = (chatId: string, event: Partial<TInboundEvent>): TInboundEvent => ({ channel: "telegram", chatId, userId: chatId, displayName: "Lan", languageCode: "vi", kind: "text", ...event });

/** Plays a whole anonymous tip told in free text; returns its ticket's category and the stored text messages. */
async function playTip(chatId: string) {
  const send = async (event: Partial<TInboundEvent>) => {
    clock.advance(1000);
    // As the channels do: the update is stored first, then handled and marked processed.
    const stored = await storeInboundUpdate(db.sql, db.box, { channel: "telegram", updateKey: `${chatId}-${clock.now().getTime()}`, payload: event }, clock.now());
    if (stored.isDuplicate) throw new Error("unexpected duplicate");
    await handleInboundEvent(deps, telegram(chatId, event), { inboundId: stored.id });
  };
  await send({ kind: "command", command: "start" });
  await send({ kind: "choice", choiceValue: "consent" });
  await send({ kind: "text", text: TIP_TEXT });
  await send({ kind: "choice", choiceValue: "tip:next" });
  await send({ kind: "text", text: "Bỏ qua" });
  await send({ kind: "choice", choiceValue: "an:y" });
  await send({ kind: "choice", choiceValue: "cf:send" });
  const citizen = await db.prisma.citizen.findFirstOrThrow({ where: { messages: { some: { text: TIP_TEXT } } }, orderBy: { createdAt: "desc" } });
  const tickets = await db.prisma.ticket.findMany({ where: { citizenId: citizen.id }, include: { category: true, messages: true } });
  const unprocessed = await db.prisma.inboundUpdate.count({ where: { updateKey: { startsWith: `${chatId}-` }, status: { not: "processed" } } });
  return { tickets, unprocessed, messagesWithText: await db.prisma.message.count({ where: { citizenId: citizen.id, text: TIP_TEXT } }) };
}

describe("the optional model in the chat dialogs", () => {
  it("checks the premise: the baseline reads the tip text as a drug tip", async () => {
    const resources = await deps.resources.get();
    expect(understandMessage(TIP_TEXT, { gazetteer: resources.gazetteer, faqIndex: resources.faqIndex }).categoryCode).toBe("tip.drugs");
  });

  it("opens the ticket with the category the model chose, asking it once, outside the turn", async () => {
    model.respondWith(MODEL_ANSWER);
    const result = await playTip("model-ok");
    expect(result.tickets).toHaveLength(1);
    expect(result.tickets[0]!.category.code).toBe("tip.theft_robbery");
    // The turn that was stopped for the model left nothing behind: the message is stored once.
    expect(result.messagesWithText).toBe(1);
    expect(result.unprocessed).toBe(0);
    expect(model.chatRequests).toHaveLength(1);
    expect(model.sentText()).toContain("ma túy");
  });

  it.each([
    ["a 500 from the model", () => model.respondStatus(500)],
    ["a model that does not answer in time", () => model.hang(Number.POSITIVE_INFINITY)],
    ["an answer outside the closed lists", () => model.respondWith({ ...MODEL_ANSWER, categoryCode: "tip.terrorism" })],
  ] as const)("still opens the ticket, with the baseline's category, after %s", async (name, script) => {
    script();
    const result = await playTip(`model-${name.length}`);
    expect(result.tickets).toHaveLength(1);
    expect(result.tickets[0]!.category.code).toBe("tip.drugs");
    expect(result.messagesWithText).toBe(1);
    expect(result.unprocessed).toBe(0);
    expect(model.chatRequests).toHaveLength(1);
  });
});
