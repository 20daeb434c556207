import { citizenLookupHash } from "../../../core/citizens/find-or-create-citizen.ts";
import type { SqlExecutor } from "../../../core/db/sql-executor.ts";
import { markInboundProcessed } from "../../../core/inbound/mark-inbound-update.ts";
import { enqueueOutbox } from "../../../core/outbox/enqueue-outbox.ts";
import type { SecretBox } from "../../../core/security/secret-box.ts";
import type { Clock } from "../../../core/time/clock.ts";
import type { TTranslate } from "../../../locales/translator.ts";
import type { TInboundEvent } from "../../dialogs/inbound-event.ts";

export interface TAnswerUnsupportedDeps {
  sql: SqlExecutor;
  box: SecretBox;
  clock: Clock;
  translate: (language: string) => TTranslate;
  wakeOutbox: () => void;
}

/**
 * Files, locations, contact cards and quotes reach a Zalo bot as "unsupported" with no content,
 * so there is nothing to store: the citizen is asked, in their language, to type it or send a
 * photo. The answer is queued and the update marked processed in one transaction. The dialog
 * state is left as it was, so the step the citizen was at still waits for the typed answer.
 */
export async function answerUnsupported(deps: TAnswerUnsupportedDeps, event: TInboundEvent, inbound: { inboundUpdateId: string }): Promise<void> {
  const now = deps.clock.now();
  await deps.sql.transaction(async (tx) => {
    const [citizen] = await tx.query<{ id: string; language: string; erasedAt: Date | null }>(
      `SELECT id, language, "erasedAt" FROM "Citizen" WHERE channel = 'zalo' AND "channelUserIdHash" = $1`,
      [citizenLookupHash(deps.box, "zalo", event.userId)],
    );
    const t = deps.translate(citizen?.language ?? "vi");
    const citizenId = citizen && !citizen.erasedAt ? citizen.id : null;
    await enqueueOutbox(tx, deps.box, { channel: "zalo", chatId: event.chatId, payload: { text: t("zalo-unsupported") }, citizenId }, now);
    await markInboundProcessed(tx, inbound.inboundUpdateId, now);
  });
  deps.wakeOutbox();
}
