import type { Update, UserFromGetMe } from "grammy/types";

/** Shared by the bench's server side and its load worker: who the bot is and how citizens talk to it. */
export const BENCH_BOT_TOKEN = "123456789:BenchTokenForTheWebhookPath_000000";
export const BENCH_WEBHOOK_SECRET = "bench_webhook_secret_0123456789";
export const BENCH_BOT_INFO: UserFromGetMe = {
  id: 123456789, is_bot: true, first_name: "Bench", username: "langnghe_bench_bot", can_join_groups: false, can_read_all_group_messages: false,
  supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
} as UserFromGetMe;

/** What each update of the citizen script is, for the statements-per-update table. */
export const CITIZEN_SCRIPT_STEPS = ["/start", "consent", "tip text (free text)", "photo", "continue (button)", "skip place (typed)", "anonymous (button)", "send (ticket created)"];

/** The updates one citizen sends for a whole anonymous tip. */
export function citizenScript(userId: number): Update[] {
  const from = { id: userId, is_bot: false, first_name: "Bench", language_code: "vi" };
  const chat = { id: userId, type: "private" as const, first_name: "Bench" };
  let messageId = 0;
  const message = (content: object) => ({ message: { message_id: ++messageId, date: 0, chat, from, ...content } });
  const click = (data: string) => ({
    callback_query: { id: `${userId}-${messageId}-${data}`, from, chat_instance: "bench", data, message: { message_id: 1, date: 0, chat, from: BENCH_BOT_INFO, text: "…" } },
  });
  const steps = [
    message({ text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] }),
    click("consent"),
    message({ text: "Hàng xóm bán ma túy ở xóm 3, xã Lâm Thao, tối nào cũng có người lạ đến mua" }),
    message({ photo: [{ file_id: `photo-${userId}`, file_unique_id: `u-${userId}`, width: 800, height: 600, file_size: 12345 }], caption: "ảnh" }),
    click("tip:next"),
    message({ text: "Bỏ qua" }),
    click("an:y"),
    click("cf:send"),
  ];
  return steps.map((step, index) => ({ update_id: userId * 10 + index, ...step }) as Update);
}

/** Eight plain texts, for the echo bot and the database floor. */
export function echoScript(userId: number): Update[] {
  const from = { id: userId, is_bot: false, first_name: "Bench" };
  return Array.from({ length: 8 }, (_, index) => ({
    update_id: userId * 10 + index,
    message: { message_id: index + 1, date: 0, chat: { id: userId, type: "private", first_name: "Bench" }, from, text: `tin nhắn ${index}` },
  }) as Update);
}

export const BENCH_SCRIPTS = { citizen: citizenScript, echo: echoScript } as const;
export type TBenchScriptName = keyof typeof BENCH_SCRIPTS;
