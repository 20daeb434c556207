import type { Prisma } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { TActor } from "../access/actor.ts";
import { isLeaderOrAdmin } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { unitAndDescendants } from "../access/unit-scope.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import { enqueueOutbox } from "../outbox/enqueue-outbox.ts";
import type { SecretBox } from "../security/secret-box.ts";
import type { Clock } from "../time/clock.ts";

/**
 * Spacing between two broadcast messages on one channel, well under each platform's limits
 * (Telegram: about 30 messages a second to different chats; Zalo's bot API is stricter and the
 * free plan counts messages), so a broadcast never crowds out answers to citizens.
 */
export const BROADCAST_SPACING_MS: Record<Channel, number> = { telegram: 100, zalo: 1000 };

export type TCampaignMessage = (campaign: { title: string; question: string }, language: string) => string;

/** The default text (Vietnamese, English for citizens who chose it). Edges may pass their own. */
export const defaultCampaignMessage: TCampaignMessage = (campaign, language) =>
  language === "en"
    ? `📣 ${campaign.title}\n\n${campaign.question}\n\nReply to this message to send your opinion. You receive it because you agreed to receive news; you can turn that off in the menu.`
    : `📣 ${campaign.title}\n\n${campaign.question}\n\nTrả lời tin nhắn này để gửi ý kiến của bạn. Bạn nhận tin vì đã đồng ý nhận thông tin; có thể tắt trong menu.`;

/**
 * Sends the campaign question once to every citizen who agreed to receive news (newsOptIn), has
 * given consent, is not blocked and has not asked to be erased — for a unit below the province,
 * only citizens who wrote to that unit. Messages go through the outbox, spaced per channel.
 * Refused (CONFLICT) if already sent. Audited with the number of recipients.
 */
export async function broadcastCampaign(
  actor: TActor,
  input: { campaignId: string },
  deps: { prisma: Db; clock: Clock; box: SecretBox; wakeOutbox?: () => void },
  message: TCampaignMessage = defaultCampaignMessage,
): Promise<{ recipients: number }> {
  if (!isLeaderOrAdmin(actor)) throw new AppError("FORBIDDEN", "Only leaders broadcast campaigns");
  const now = deps.clock.now();
  const scope = await loadUnitScope(deps.prisma, actor);
  const campaign = await deps.prisma.feedbackCampaign.findUnique({ where: { id: input.campaignId }, include: { unit: true } });
  if (!campaign || (scope !== "all" && !scope.has(campaign.unitId))) throw new AppError("NOT_FOUND", "No such campaign");
  if (campaign.endsAt <= now) throw new AppError("VALIDATION", "The campaign has ended", { field: "endsAt" });
  const units = await deps.prisma.unit.findMany({ select: { id: true, parentId: true } });
  const citizenWhere: Prisma.CitizenWhereInput = {
    newsOptIn: true, isBlocked: false, erasedAt: null, consentAt: { not: null },
    ...(campaign.unit.parentId ? { tickets: { some: { unitId: { in: [...unitAndDescendants(units, campaign.unitId)] } } } } : {}),
  };
  const recipients = await deps.prisma.citizen.findMany({ where: citizenWhere, select: { id: true, channel: true, chatIdEncrypted: true, language: true }, orderBy: { createdAt: "asc" } });
  const result = await deps.prisma.$transaction(async (tx) => {
    const claimed = await tx.feedbackCampaign.updateMany({ where: { id: campaign.id, status: "draft" }, data: { status: "sent", broadcastAt: now, recipientCount: recipients.length, updatedAt: now } });
    if (claimed.count === 0) throw new AppError("CONFLICT", "The campaign was already sent");
    const sentOn: Record<Channel, number> = { telegram: 0, zalo: 0 };
    for (const citizen of recipients) {
      const at = new Date(now.getTime() + sentOn[citizen.channel]++ * BROADCAST_SPACING_MS[citizen.channel]);
      await enqueueOutbox(sqlRunnerOf(tx), deps.box, { channel: citizen.channel, chatId: deps.box.decrypt(citizen.chatIdEncrypted), citizenId: citizen.id, payload: { text: message(campaign, citizen.language) } }, at);
    }
    await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "campaign.broadcast", entityType: "campaign", entityId: campaign.id, details: { recipients: recipients.length, ...sentOn } }, now);
    return { recipients: recipients.length };
  }, { timeout: 120_000 });
  deps.wakeOutbox?.();
  return result;
}
