import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindReferenceData, loadReferenceData } from "../../core/cache/reference-data.ts";
import { createCitizen, findOrCreateCitizen } from "../../core/citizens/find-or-create-citizen.ts";
import { sqlRunnerOf, sqlStateOf, type SqlRunner } from "../../core/db/sql-runner.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { listCitizenTickets } from "../../core/tickets/list-citizen-tickets.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

/*
 * The chat turn runs the core's SQL on its own transaction; the admin side runs the same functions
 * inside Prisma transactions through sqlRunnerOf. Both must read the same values back (the drivers
 * differ on int8, jsonb and timestamps) and report a failed statement by its SQLSTATE.
 */
describe("one use case, two transaction worlds", () => {
  let db: TTestDatabase;
  const at = new Date("2026-11-20T03:00:00.123Z");
  const inOwnTransaction = <T>(work: (tx: SqlRunner) => Promise<T>) => db.sql.transaction(work);
  const inPrismaTransaction = <T>(work: (tx: SqlRunner) => Promise<T>) => db.prisma.$transaction((tx) => work(sqlRunnerOf(tx)));

  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("reads a citizen and their tickets back the same way as Prisma does", async () => {
    const identity = { channel: "telegram" as const, channelUserId: "runner-1", chatId: "runner-chat-1", displayName: "Lan" };
    const created = await inOwnTransaction((tx) => createCitizen(tx, db.box, identity, at));
    const reference = await loadReferenceData(db.prisma);
    await inOwnTransaction(async (tx) => {
      bindReferenceData(tx, reference);
      await createTicket(tx, { kind: "tip", categoryCode: "tip.drugs", channel: "telegram", citizenId: created.id, summary: "bán ma túy ở xóm 3" }, at);
    });
    // No snapshot bound: createTicket loads one through the Prisma transaction.
    await inPrismaTransaction((tx) => createTicket(tx, { kind: "question", categoryCode: "question.identity", channel: "telegram", citizenId: created.id, summary: "hỏi căn cước" }, at));

    const viaPrisma = await db.prisma.citizen.findUniqueOrThrow({ where: { id: created.id } });
    expect(await inOwnTransaction((tx) => findOrCreateCitizen(tx, db.box, identity, at))).toEqual(viaPrisma);
    expect(await inPrismaTransaction((tx) => findOrCreateCitizen(tx, db.box, identity, at))).toEqual(viaPrisma);
    expect(created).toEqual(viaPrisma);

    const own = await inOwnTransaction((tx) => listCitizenTickets(tx, created.id));
    expect(own).toHaveLength(2);
    expect(await inPrismaTransaction((tx) => listCitizenTickets(tx, created.id))).toEqual(own);
    expect(own[0]?.createdAt).toEqual(at);
    expect(own[0]?.dueAt).toBeInstanceOf(Date);
  });

  it("reports a unique-key race by its SQLSTATE from either world", async () => {
    const identity = { channel: "zalo" as const, channelUserId: "runner-2", chatId: "runner-chat-2" };
    await inOwnTransaction((tx) => createCitizen(tx, db.box, identity, at));
    const own = await inOwnTransaction((tx) => createCitizen(tx, db.box, identity, at)).catch((error: unknown) => error);
    const bridged = await inPrismaTransaction((tx) => createCitizen(tx, db.box, identity, at)).catch((error: unknown) => error);
    expect(sqlStateOf(own)).toBe("23505");
    expect(sqlStateOf(bridged)).toBe("23505");
  });
});
