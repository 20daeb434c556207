import type { Prisma } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { createTicket, type TCreatedTicket } from "../tickets/create-ticket.ts";

/** Category of campaign answers (a suggestion to the police). */
export const CAMPAIGN_ANSWER_CATEGORY = "feedback.suggestion";

/** The campaign a citizen's reply answers now, if one is running and was sent (for the bot's dialog). */
export async function findRunningCampaign(tx: Prisma.TransactionClient, at: Date) {
  return tx.feedbackCampaign.findFirst({ where: { status: "sent", startsAt: { lte: at }, endsAt: { gt: at } }, orderBy: { broadcastAt: "desc" }, select: { id: true, title: true, question: true } });
}

/**
 * Stores a citizen's answer to a running campaign as a feedback ticket of the campaign's unit,
 * tagged with the campaign, inside the caller's transaction (the bot calls it with the message).
 */
export async function recordCampaignAnswer(
  tx: Prisma.TransactionClient,
  input: { campaignId: string; citizenId: string; channel: Channel; text: string; wardCode?: string | null },
  at: Date,
): Promise<TCreatedTicket> {
  const campaign = await tx.feedbackCampaign.findUnique({ where: { id: input.campaignId }, include: { unit: { select: { code: true } } } });
  if (!campaign || campaign.status !== "sent" || at < campaign.startsAt || at >= campaign.endsAt) throw new AppError("VALIDATION", "The campaign is not open for answers", { field: "campaignId" });
  const text = input.text.trim();
  if (!text) throw new AppError("VALIDATION", "Empty answer", { field: "text" });
  const ticket = await createTicket(
    sqlRunnerOf(tx),
    { kind: "feedback", categoryCode: CAMPAIGN_ANSWER_CATEGORY, channel: input.channel, citizenId: input.citizenId, summary: text.slice(0, 2000), unitCode: campaign.unit.code, wardCode: input.wardCode ?? null },
    at,
  );
  await tx.ticket.update({ where: { id: ticket.id }, data: { campaignId: campaign.id } });
  return ticket;
}
