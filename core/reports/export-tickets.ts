import ExcelJS from "exceljs";
import type { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import { isLeaderOrAdmin } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { ticketScopeWhere, unitAndDescendants } from "../access/unit-scope.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import type { SecretBox } from "../security/secret-box.ts";
import { resolvePeriod, type TPeriodInput } from "../stats/stats-period.ts";
import type { Clock } from "../time/clock.ts";
import { toCsv } from "./csv.ts";
import { keysAsText } from "./report-format.ts";
import type { TText } from "../text/text.ts";

export interface TExportDeps {
  prisma: Db;
  clock: Clock;
  box: SecretBox;
}

export interface TExportTicketsInput extends TPeriodInput {
  format: "csv" | "xlsx";
  unitCode?: string;
  /** Names, phones, places and message text; only for leaders and admins, and only when asked. */
  includePersonalData: boolean;
}

export interface TExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
  rowCount: number;
}

/** A larger export must be split by period (a spreadsheet is not a database dump). */
export const MAX_EXPORT_ROWS = 200_000;
const BATCH = 2000;

const BASE_COLUMNS = [
  "code", "kind", "category", "unitCode", "unitName", "ward", "channel", "status", "isUrgent", "isAnonymous",
  "createdAt", "firstResponseDueAt", "firstRespondedAt", "dueAt", "extendedAt", "extensionReason", "resolvedAt", "closedAt", "timeliness", "rating",
] as const;
const PERSONAL_COLUMNS = ["citizenName", "phone", "locationText", "latitude", "longitude", "summary", "ratingComment"] as const;
type TColumn = (typeof BASE_COLUMNS)[number] | (typeof PERSONAL_COLUMNS)[number];
type TCell = string | number | boolean | null;

/** Who may take personal data out of the system: leaders and admins (and they must ask for it). */
export function canExportPersonalData(actor: TActor): boolean {
  return isLeaderOrAdmin(actor);
}

/** "early" | "on_time" | "late" | "pending" — the same rule as the dashboard (pure). */
export function timelinessOf(ticket: { resolvedAt: Date | null; dueAt: Date | null; status: string }): string {
  if (!ticket.resolvedAt) return ticket.status === "rejected" || ticket.status === "closed" ? "not_resolved" : "pending";
  if (!ticket.dueAt) return "on_time";
  if (ticket.resolvedAt > ticket.dueAt) return "late";
  return ticket.resolvedAt.getTime() <= ticket.dueAt.getTime() - 86_400_000 ? "early" : "on_time";
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * One row per ticket received in the period, in the actor's scope, as CSV or XLSX. Personal data
 * is left out unless the exporter may export it and asked to; an anonymous tipster's identity is
 * never exported. Every export is audited (who, what period, how many rows, with or without
 * personal data) before the file is handed over.
 */
export async function exportTickets(actor: TActor, input: TExportTicketsInput, deps: TExportDeps, t: TText = keysAsText): Promise<TExportFile> {
  if (input.includePersonalData && !canExportPersonalData(actor)) throw new AppError("FORBIDDEN", "Not allowed to export personal data", { field: "includePersonalData" });
  const now = deps.clock.now();
  const period = resolvePeriod(input, now);
  const scope = await loadUnitScope(deps.prisma, actor);
  const where: Prisma.TicketWhereInput = {
    AND: [ticketScopeWhere(actor, scope), { isSpam: false, mergedIntoId: null, createdAt: { gte: period.from, lt: period.to } }, await unitFilter(deps.prisma, input.unitCode)],
  };
  const total = await deps.prisma.ticket.count({ where });
  if (total > MAX_EXPORT_ROWS) throw new AppError("VALIDATION", `Too many tickets (${total}); choose a shorter period`, { field: "period", details: { total } });

  const columns: TColumn[] = [...BASE_COLUMNS, ...(input.includePersonalData ? PERSONAL_COLUMNS : [])];
  const rows: TCell[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const batch = await deps.prisma.ticket.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      include: {
        category: { select: { code: true, nameVi: true, nameEn: true } },
        unit: { select: { code: true, name: true } },
        ward: { select: { name: true } },
        ...(input.includePersonalData ? { citizen: { select: { displayNameEnc: true, phoneEncrypted: true } } } : {}),
      },
    });
    for (const ticket of batch) {
      const citizen = (ticket as { citizen?: { displayNameEnc: string | null; phoneEncrypted: string | null } | null }).citizen ?? null;
      const reveal = (sealed: string | null | undefined) => (sealed && !ticket.isAnonymous ? safeDecrypt(deps.box, sealed) : null);
      const values: Record<TColumn, TCell> = {
        code: ticket.code,
        kind: t(`stats-kind-${ticket.kind}`),
        category: ticket.category.nameVi,
        unitCode: ticket.unit.code,
        unitName: ticket.unit.name,
        ward: ticket.ward?.name ?? null,
        channel: ticket.channel,
        status: t(`stats-status-${ticket.status}`),
        isUrgent: ticket.isUrgent,
        isAnonymous: ticket.isAnonymous,
        createdAt: iso(ticket.createdAt),
        firstResponseDueAt: iso(ticket.firstResponseDueAt),
        firstRespondedAt: iso(ticket.firstRespondedAt),
        dueAt: iso(ticket.dueAt),
        extendedAt: iso(ticket.extendedAt),
        extensionReason: ticket.extensionReason,
        resolvedAt: iso(ticket.resolvedAt),
        closedAt: iso(ticket.closedAt),
        timeliness: t(`stats-timeliness-${timelinessOf(ticket)}`),
        rating: ticket.satisfactionRating,
        citizenName: reveal(citizen?.displayNameEnc),
        phone: reveal(citizen?.phoneEncrypted),
        locationText: ticket.locationText,
        latitude: ticket.latitude,
        longitude: ticket.longitude,
        summary: ticket.summary,
        ratingComment: ticket.satisfactionComment,
      };
      rows.push(columns.map((column) => values[column]));
    }
    if (batch.length < BATCH) break;
    cursor = batch[batch.length - 1]!.id;
  }

  const header = columns.map((column) => t(`stats-col-${column}`));
  const stamp = `${period.firstDay}_${period.lastDay}`;
  await deps.prisma.$transaction((tx) =>
    recordAudit(
      sqlRunnerOf(tx),
      {
        actorId: actor.id, actorLabel: actor.username, action: `export.${input.format}`, entityType: "ticket", entityId: null,
        details: { from: period.firstDay, to: period.lastDay, unitCode: input.unitCode ?? null, rows: rows.length, personalData: input.includePersonalData },
      },
      now,
    ),
  );
  if (input.format === "csv") {
    return { filename: `langnghe-tickets-${stamp}.csv`, contentType: "text/csv; charset=utf-8", body: Buffer.from(toCsv(header, rows), "utf8"), rowCount: rows.length };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const sheet = workbook.addWorksheet(t("stats-sheet-tickets"));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((column) => void (column.width = 18));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `langnghe-tickets-${stamp}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: buffer, rowCount: rows.length };
}

async function unitFilter(prisma: Db, unitCode: string | undefined): Promise<Prisma.TicketWhereInput> {
  if (!unitCode) return {};
  const units = await prisma.unit.findMany({ select: { id: true, parentId: true, code: true } });
  const unit = units.find((candidate) => candidate.code === unitCode);
  if (!unit) throw new AppError("NOT_FOUND", "No such unit");
  return { unitId: { in: [...unitAndDescendants(units, unit.id)] } };
}

function safeDecrypt(box: SecretBox, sealed: string): string | null {
  try {
    return box.decrypt(sealed);
  } catch {
    return null;
  }
}

