import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { broadcastCampaign } from "../../core/campaigns/broadcast-campaign.ts";
import { createCampaign } from "../../core/campaigns/create-campaign.ts";
import { findRunningCampaign, recordCampaignAnswer } from "../../core/campaigns/record-campaign-answer.ts";
import { summarizeCampaign } from "../../core/campaigns/summarize-campaign.ts";
import { findOrCreateCitizen } from "../../core/citizens/find-or-create-citizen.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

const T0 = new Date("2026-11-16T02:00:00Z");
const DAY = 86_400_000;

describe("feedback campaigns", () => {
  let db: TTestDatabase;
  let leader: TActor;
  let officer: TActor;
  const citizens: { id: string; channel: "telegram" | "zalo" }[] = [];

  beforeAll(async () => {
    db = await createSeededTestDatabase();
    const cat = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CAT" } });
    const pc06 = await db.prisma.unit.findUniqueOrThrow({ where: { code: "PC06" } });
    const leaderRow = await db.prisma.staffUser.create({ data: { username: "camp.leader", displayName: "Lãnh đạo", role: "leader", unitId: cat.id, passwordHash: "x" } });
    const officerRow = await db.prisma.staffUser.create({ data: { username: "camp.officer", displayName: "Cán bộ", role: "officer", unitId: pc06.id, passwordHash: "x" } });
    leader = { id: leaderRow.id, username: leaderRow.username, displayName: leaderRow.displayName, role: "leader", unitId: cat.id };
    officer = { id: officerRow.id, username: officerRow.username, displayName: officerRow.displayName, role: "officer", unitId: pc06.id };
    // 3 who agreed to news (one in English), 1 who did not, 1 blocked, 1 erased.
    const profiles = [
      { optIn: true, blocked: false, erased: false, language: "vi" },
      { optIn: true, blocked: false, erased: false, language: "en" },
      { optIn: true, blocked: false, erased: false, language: "vi" },
      { optIn: false, blocked: false, erased: false, language: "vi" },
      { optIn: true, blocked: true, erased: false, language: "vi" },
      { optIn: true, blocked: false, erased: true, language: "vi" },
    ];
    for (const [index, profile] of profiles.entries()) {
      const channel = index % 2 === 0 ? "telegram" : "zalo";
      const citizen = await db.prisma.$transaction((tx) => findOrCreateCitizen(sqlRunnerOf(tx), db.box, { channel, channelUserId: `camp-${index}`, chatId: `chat-${index}`, displayName: null }, T0));
      await db.prisma.citizen.update({ where: { id: citizen.id }, data: { newsOptIn: profile.optIn, isBlocked: profile.blocked, erasedAt: profile.erased ? T0 : null, consentAt: T0, language: profile.language } });
      citizens.push({ id: citizen.id, channel });
    }
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("a leader opens a campaign, broadcasts it once to those who agreed, spaced per channel; answers become tagged tickets", async () => {
    const clock = fixedClock(T0);
    const deps = { prisma: db.prisma, clock, box: db.box };
    const refused = await createCampaign(officer, { title: "Diễn đàn", question: "Ý kiến của bạn?", startsAt: T0, endsAt: new Date(T0.getTime() + 7 * DAY) }, deps).catch((error: unknown) => error);
    expect(isAppError(refused, "FORBIDDEN")).toBe(true);
    const { id } = await createCampaign(
      leader,
      { title: "Công an lắng nghe ý kiến nhân dân", question: "Bạn muốn Công an tỉnh cải thiện điều gì về an ninh trật tự nơi bạn sống?", startsAt: T0, endsAt: new Date(T0.getTime() + 7 * DAY) },
      deps,
    );
    const { recipients } = await broadcastCampaign(leader, { campaignId: id }, deps);
    expect(recipients).toBe(3);
    const again = await broadcastCampaign(leader, { campaignId: id }, deps).catch((error: unknown) => error);
    expect(isAppError(again, "CONFLICT")).toBe(true);

    const queued = await db.prisma.outboxMessage.findMany({ orderBy: { nextAttemptAt: "asc" } });
    expect(queued.map((row) => row.citizenId).sort()).toEqual(citizens.slice(0, 3).map((citizen) => citizen.id).sort());
    const telegram = queued.filter((row) => row.channel === "telegram");
    expect(telegram[1]!.nextAttemptAt.getTime() - telegram[0]!.nextAttemptAt.getTime()).toBe(100);
    const english = queued.find((row) => row.citizenId === citizens[1]!.id)!;
    expect((english.payload as { text: string }).text).toContain("Reply to this message");
    expect(await db.prisma.auditLog.count({ where: { action: "campaign.broadcast", entityId: id } })).toBe(1);

    const at = new Date(T0.getTime() + DAY);
    const running = await db.prisma.$transaction((tx) => findRunningCampaign(tx, at));
    expect(running?.id).toBe(id);
    await db.prisma.$transaction((tx) => recordCampaignAnswer(tx, { campaignId: id, citizenId: citizens[0]!.id, channel: "telegram", text: "Tăng cường tuần tra ban đêm ở khu chợ", wardCode: null }, at));
    await db.prisma.$transaction((tx) => recordCampaignAnswer(tx, { campaignId: id, citizenId: citizens[1]!.id, channel: "zalo", text: "Cần tuần tra ban đêm nhiều hơn", wardCode: null }, at));
    const late = await db.prisma.$transaction((tx) => recordCampaignAnswer(tx, { campaignId: id, citizenId: citizens[2]!.id, channel: "telegram", text: "Muộn", wardCode: null }, new Date(T0.getTime() + 8 * DAY))).catch((error: unknown) => error);
    expect(isAppError(late, "VALIDATION")).toBe(true);

    const summary = await summarizeCampaign(leader, { campaignId: id }, { prisma: db.prisma });
    expect(summary.recipients).toBe(3);
    expect(summary.answers).toBe(2);
    expect(summary.answerRate).toBeCloseTo(2 / 3);
    expect(summary.byChannel).toEqual({ telegram: 1, zalo: 1 });
    expect(summary.topTerms[0]).toEqual({ term: "tuần tra", count: 2 });
    const tickets = await db.prisma.ticket.findMany({ where: { campaignId: id }, include: { category: true, unit: true } });
    expect(tickets.every((ticket) => ticket.kind === "feedback" && ticket.unit.code === "CAT")).toBe(true);
    const hidden = await summarizeCampaign(officer, { campaignId: id }, { prisma: db.prisma }).catch((error: unknown) => error);
    expect(isAppError(hidden, "NOT_FOUND")).toBe(true);
  });
});
