import type { TActor } from "../access/actor.ts";
import { isLeaderOrAdmin } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import type { Clock } from "../time/clock.ts";

export interface TCreateCampaignInput {
  title: string;
  question: string;
  startsAt: Date;
  endsAt: Date;
  /** The unit that asks (default: the leader's own unit); must be in the leader's scope. */
  unitCode?: string;
}

/** A leader opens a feedback campaign (a draft until broadcast). Audited. */
export async function createCampaign(actor: TActor, input: TCreateCampaignInput, deps: { prisma: Db; clock: Clock }): Promise<{ id: string }> {
  if (!isLeaderOrAdmin(actor)) throw new AppError("FORBIDDEN", "Only leaders open campaigns");
  const title = input.title.trim();
  const question = input.question.trim();
  if (title.length < 3 || title.length > 200) throw new AppError("VALIDATION", "title: 3–200 characters", { field: "title" });
  if (question.length < 5 || question.length > 1000) throw new AppError("VALIDATION", "question: 5–1000 characters", { field: "question" });
  if (!(input.endsAt > input.startsAt)) throw new AppError("VALIDATION", "The campaign must end after it starts", { field: "endsAt" });
  const scope = await loadUnitScope(deps.prisma, actor);
  const unit = input.unitCode ? await deps.prisma.unit.findUnique({ where: { code: input.unitCode } }) : await deps.prisma.unit.findUnique({ where: { id: actor.unitId } });
  if (!unit || (scope !== "all" && !scope.has(unit.id))) throw new AppError("NOT_FOUND", "No such unit", { field: "unitCode" });
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const campaign = await tx.feedbackCampaign.create({
      data: { title, question, unitId: unit.id, createdById: actor.id, startsAt: input.startsAt, endsAt: input.endsAt, createdAt: now, updatedAt: now },
      select: { id: true },
    });
    await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: "campaign.create", entityType: "campaign", entityId: campaign.id, details: { title, unit: unit.code } }, now);
    return campaign;
  });
}
