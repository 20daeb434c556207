import { bindReferenceData, loadReferenceData } from "../../core/cache/reference-data.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { findOrCreateCitizen } from "../../core/citizens/find-or-create-citizen.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import type { SecretBox } from "../../core/security/secret-box.ts";
import { foldForMatching } from "../../core/understanding/normalize-text.ts";
import type { PrismaClient } from "../generated/client.ts";
import { demoTickets } from "./data/demo-tickets.ts";
import type { TProgress } from "./seed-reference-data.ts";

const HOUR_MS = 3_600_000;

/**
 * Creates the demo tickets with their conversations, once: if any demo ticket exists (or an admin
 * removed them with "remove demo data" and set SEED_DEMO_DATA=no) nothing happens. Every row is
 * marked isDemo so it can be removed in one step.
 */
export async function seedDemoTickets(prisma: PrismaClient, box: SecretBox, now: Date, progress: TProgress): Promise<number> {
  if ((await prisma.ticket.count({ where: { isDemo: true } })) > 0) return 0;
  const officers = await prisma.staffUser.findMany({ where: { role: "officer" }, include: { unit: true } });
  // Categories, units and the calendar once for all demo tickets, not once per ticket.
  const reference = await loadReferenceData(prisma);
  for (const [index, demo] of demoTickets.entries()) {
    const createdAt = new Date(now.getTime() - demo.createdDaysAgo * 24 * HOUR_MS + index * 60_000);
    const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
    const officer = officers.find((candidate) => candidate.unit.code === demo.unitCode) ?? null;
    await prisma.$transaction(async (tx) => {
      bindReferenceData(sqlRunnerOf(tx), reference);
      const citizen = await findOrCreateCitizen(
        sqlRunnerOf(tx),
        box,
        { channel: demo.channel, channelUserId: `demo-${index}`, chatId: `demo-${index}`, displayName: demo.isAnonymous ? null : demo.citizenName },
        createdAt,
      );
      await tx.citizen.update({ where: { id: citizen.id }, data: { consentAt: createdAt } });
      const firstText = demo.messages.find((message) => message.direction === "in")?.text ?? demo.citizenName;
      const ticket = await createTicket(
        sqlRunnerOf(tx),
        {
          kind: demo.kind,
          categoryCode: demo.categoryCode,
          channel: demo.channel,
          citizenId: citizen.id,
          summary: firstText,
          isAnonymous: demo.isAnonymous,
          isUrgent: demo.isUrgent,
          wardCode: demo.wardCode,
          locationText: demo.locationText,
          isDemo: true,
          unitCode: demo.unitCode,
          status: demo.status,
        },
        createdAt,
      );
      for (const message of demo.messages) {
        await tx.message.create({
          data: {
            ticketId: ticket.id,
            citizenId: message.direction === "in" ? citizen.id : null,
            authorId: message.direction === "in" ? null : officer?.id ?? null,
            direction: message.direction,
            text: message.text,
            deliveryStatus: message.direction === "out" ? "sent" : "not_applicable",
            createdAt: at(message.afterMinutes),
          },
        });
      }
      const firstReply = demo.messages.find((message) => message.direction === "out");
      const resolvedAt = demo.resolvedAfterHours === null ? null : new Date(createdAt.getTime() + demo.resolvedAfterHours * HOUR_MS);
      await tx.ticket.update({
        where: { id: ticket.id },
        data: {
          assigneeId: demo.status === "new" ? null : officer?.id ?? null,
          firstRespondedAt: firstReply ? at(firstReply.afterMinutes) : null,
          resolvedAt: ["resolved", "closed"].includes(demo.status) ? resolvedAt : null,
          closedAt: demo.status === "closed" || demo.status === "rejected" ? resolvedAt ?? at(60) : null,
          satisfactionRating: demo.rating,
          searchText: foldForMatching([ticket.code, ...demo.messages.map((message) => message.text), demo.locationText ?? ""].join(" ")),
        },
      });
    });
    progress("demo tickets", index + 1, demoTickets.length);
  }
  return demoTickets.length;
}
