import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { ticketScopeWhere } from "../access/unit-scope.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import { topTerms } from "../stats/top-terms.ts";

export interface TCampaignSummary {
  id: string;
  title: string;
  question: string;
  status: string;
  unitCode: string;
  startsAt: Date;
  endsAt: Date;
  recipients: number;
  answers: number;
  /** answers / recipients, null before the broadcast. */
  answerRate: number | null;
  byChannel: Record<string, number>;
  byWard: { name: string; count: number }[];
  byStatus: Record<string, number>;
  topTerms: { term: string; count: number }[];
}

/** What the campaign page shows: reach, answers, where they came from and what they said most. Scoped. */
export async function summarizeCampaign(actor: TActor, input: { campaignId: string }, deps: { prisma: Db }): Promise<TCampaignSummary> {
  const scope = await loadUnitScope(deps.prisma, actor);
  const campaign = await deps.prisma.feedbackCampaign.findUnique({ where: { id: input.campaignId }, include: { unit: { select: { code: true } } } });
  if (!campaign || (scope !== "all" && !scope.has(campaign.unitId))) throw new AppError("NOT_FOUND", "No such campaign");
  const answers = await deps.prisma.ticket.findMany({
    where: { AND: [ticketScopeWhere(actor, scope), { campaignId: campaign.id, isSpam: false }] },
    select: { channel: true, status: true, summary: true, ward: { select: { name: true } } },
  });
  const countBy = (key: (answer: (typeof answers)[number]) => string) => {
    const counts: Record<string, number> = {};
    for (const answer of answers) counts[key(answer)] = (counts[key(answer)] ?? 0) + 1;
    return counts;
  };
  return {
    id: campaign.id, title: campaign.title, question: campaign.question, status: campaign.status, unitCode: campaign.unit.code,
    startsAt: campaign.startsAt, endsAt: campaign.endsAt,
    recipients: campaign.recipientCount,
    answers: answers.length,
    answerRate: campaign.status === "draft" || campaign.recipientCount === 0 ? null : answers.length / campaign.recipientCount,
    byChannel: countBy((answer) => answer.channel),
    byWard: Object.entries(countBy((answer) => answer.ward?.name ?? "—")).map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
    byStatus: countBy((answer) => answer.status),
    topTerms: topTerms(answers.map((answer) => answer.summary), 15, 2),
  };
}
