import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { parseCsv, toCsv } from "../../core/reports/csv.ts";
import { exportDashboardXlsx, exportPeriodicReport } from "../../core/reports/export-dashboard.ts";
import { exportTickets } from "../../core/reports/export-tickets.ts";
import { localDateKey } from "../../core/stats/stats-period.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTranslator } from "../../locales/translator.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

const run = promisify(execFile);
const DAY = 86_400_000;
const hasPdftoppm = await run("pdftoppm", ["-v"]).then(() => true, () => false);

describe("exports and the periodic report", () => {
  let db: TTestDatabase;
  let now: Date;
  const actors: Record<string, TActor> = {};
  const t = createTranslator().t("vi");
  const deps = () => ({ prisma: db.prisma, clock: fixedClock(now), box: db.box });
  const allTime = () => ({ preset: "custom" as const, from: "2020-01-01", to: localDateKey(now) });

  beforeAll(async () => {
    db = await createSeededTestDatabase({ withDemoData: true });
    now = new Date(Date.now() + 1000);
    for (const user of await db.prisma.staffUser.findMany()) actors[user.username] = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId };
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("CSV: quoting, BOM and formula injection guarded, and parsed back", () => {
    const csv = toCsv(["a", "b"], [["=HYPERLINK(\"x\")", 'say "hi", then\nleave'], [null, 3]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(csv)).toEqual([["a", "b"], ["'=HYPERLINK(\"x\")", 'say "hi", then\nleave'], ["", "3"]]);
  });

  it("CSV of tickets without personal data: one row per ticket, no names, phones or text, audited", async () => {
    const file = await exportTickets(actors.lanhdao!, { ...allTime(), format: "csv", includePersonalData: false }, deps(), t);
    const rows = parseCsv(file.body.toString("utf8"));
    const [header, ...data] = rows;
    expect(header).toContain("Mã");
    expect(header).not.toContain(t("stats-col-summary"));
    expect(header).not.toContain(t("stats-col-phone"));
    const expected = await db.prisma.ticket.findMany({ where: { isSpam: false, mergedIntoId: null, OR: [{ excludedUnitId: null }, { excludedUnitId: { not: actors.lanhdao!.unitId } }] }, select: { code: true, summary: true } });
    expect(data.map((row) => row[0]).sort()).toEqual(expected.map((row) => row.code).sort());
    const text = file.body.toString("utf8");
    for (const ticket of expected) expect(text).not.toContain(ticket.summary.slice(0, 40));
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "export.csv" }, orderBy: { id: "desc" } });
    expect(audit?.actorId).toBe(actors.lanhdao!.id);
    expect(audit?.details).toMatchObject({ rows: data.length, personalData: false });
  });

  it("XLSX with personal data for a leader who asks; never an anonymous tipster's name", async () => {
    const file = await exportTickets(actors.lanhdao!, { ...allTime(), format: "xlsx", includePersonalData: true }, deps(), t);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const nameColumn = header.indexOf(t("stats-col-citizenName")) + 1;
    const anonymousColumn = header.indexOf(t("stats-col-isAnonymous")) + 1;
    const summaryColumn = header.indexOf(t("stats-col-summary")) + 1;
    expect(nameColumn).toBeGreaterThan(0);
    expect(sheet.rowCount - 1).toBe(file.rowCount);
    let named = 0;
    for (let index = 2; index <= sheet.rowCount; index++) {
      const row = sheet.getRow(index);
      if (row.getCell(anonymousColumn).value === true) expect(row.getCell(nameColumn).value ?? null).toBeNull();
      else if (row.getCell(nameColumn).value) named++;
      expect(String(row.getCell(summaryColumn).value ?? "").length).toBeGreaterThan(0);
    }
    expect(named).toBeGreaterThan(0);
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "export.xlsx" }, orderBy: { id: "desc" } });
    expect(audit?.details).toMatchObject({ personalData: true });
  });

  it("an officer may not export personal data", async () => {
    const refused = await exportTickets(actors["canbo.pc06"]!, { ...allTime(), format: "csv", includePersonalData: true }, deps(), t).catch((error: unknown) => error);
    expect(isAppError(refused, "FORBIDDEN")).toBe(true);
    const own = await exportTickets(actors["canbo.pc06"]!, { ...allTime(), format: "csv", includePersonalData: false }, deps(), t);
    const pc06 = await db.prisma.ticket.count({ where: { unit: { code: "PC06" }, isSpam: false, mergedIntoId: null } });
    expect(own.rowCount).toBe(pc06);
  });

  it("dashboard figures to XLSX match the dashboard", async () => {
    const file = await exportDashboardXlsx(actors.admin!, { preset: "30d" }, deps(), t);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const kpis = workbook.getWorksheet(t("stats-sheet-kpis"))!;
    const valueOf = (label: string) => {
      for (let index = 1; index <= kpis.rowCount; index++) if (kpis.getRow(index).getCell(1).value === label) return kpis.getRow(index).getCell(2).value;
      return undefined;
    };
    expect(valueOf(t("stats-kpi-received"))).toBe(file.dashboard.current.received);
    expect(valueOf(t("stats-kpi-late"))).toBe(file.dashboard.current.late);
    const units = workbook.getWorksheet(t("stats-sheet-units"))!;
    expect(units.rowCount - 1).toBe(file.dashboard.byUnit.length);
    expect(await db.prisma.auditLog.count({ where: { action: "export.dashboard_xlsx" } })).toBe(1);
  });

  it("the periodic report reads like the police format and renders to a non-blank PDF", async () => {
    const { report, pdf } = await exportPeriodicReport(actors.admin!, { preset: "custom", from: localDateKey(new Date(now.getTime() - 180 * DAY)), to: localDateKey(now) }, deps(), { format: "pdf", lang: "vi", t });
    expect(report.title).toBe("KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT Ý KIẾN CỦA NHÂN DÂN");
    expect(report.issuer).toBe("CÔNG AN TỈNH PHÚ THỌ");
    expect(report.sections[0]!.paragraphs[0]).toMatch(/^Trong kỳ, đã tiếp nhận 52 hồ sơ/);
    expect(report.sections[0]!.paragraphs[1]).toMatch(/trước hạn \d+, đúng thời hạn \d+, trễ hạn \d+/);
    expect(pdf!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await db.prisma.auditLog.count({ where: { action: "export.report_pdf" } })).toBe(1);
    if (!hasPdftoppm) return;
    const dir = await mkdtemp(path.join(tmpdir(), "ln-report-"));
    try {
      await writeFile(path.join(dir, "report.pdf"), pdf!);
      await run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", path.join(dir, "report.pdf"), path.join(dir, "page")]);
      const { stdout } = await run("pdftotext", ["-l", "1", path.join(dir, "report.pdf"), "-"]).catch(() => ({ stdout: "" }));
      if (stdout) expect(stdout).toContain("GIẢI QUYẾT Ý KIẾN CỦA NHÂN DÂN");
      const png = await readFile(path.join(dir, "page-1.png"));
      if (process.env.KEEP_REPORT_PNG) await writeFile(process.env.KEEP_REPORT_PNG, png);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(await darkPixelShare(png)).toBeGreaterThan(0.005);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Share of non-white pixels in a PNG (decoded with zlib; 8-bit RGB/RGBA/gray, as pdftoppm writes). */
async function darkPixelShare(png: Buffer): Promise<number> {
  const { inflateSync } = await import("node:zlib");
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 2;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString("latin1");
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9]!;
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : colorType === 0 ? 1 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? line[x - channels]! : 0;
      const up = previous[x]!;
      const upLeft = x >= channels ? previous[x - channels]! : 0;
      const predictor = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
      line[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) if (line[x * channels]! < 128) dark++;
    previous = line;
  }
  return dark / (width * height);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
