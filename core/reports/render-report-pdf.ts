import PDFDocument from "pdfkit";
import { createRequire } from "node:module";
import type { TPeriodicReport, TReportTable } from "./periodic-report.ts";

const require = createRequire(import.meta.url);
/** DejaVu has every Vietnamese glyph; the PDF's standard fonts do not. */
const FONT_REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
const FONT_ITALIC = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf");

const MARGIN = 50;

/** Renders the periodic report as an A4 PDF in the usual Vietnamese administrative layout. */
export async function renderReportPdf(report: TPeriodicReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: report.title, Author: report.issuer }, bufferPages: true });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  doc.registerFont("italic", FONT_ITALIC);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const half = width / 2 - 10;
  const top = doc.y;
  doc.font("bold").fontSize(10).text(report.issuer, MARGIN, top, { width: half, align: "center" });
  doc.font("bold").fontSize(10).text(report.nation, MARGIN + width / 2 + 10, top, { width: half, align: "center" });
  doc.font("bold").fontSize(10).text(report.motto, MARGIN + width / 2 + 10, doc.y, { width: half, align: "center", underline: true });
  doc.moveDown(0.6);
  doc.font("italic").fontSize(10).text(report.placeDate, MARGIN + width / 2 + 10, doc.y, { width: half, align: "center" });
  doc.moveDown(1.5);
  doc.font("bold").fontSize(14).text(report.title, MARGIN, doc.y, { width, align: "center" });
  doc.font("italic").fontSize(10.5).text(report.subtitle, { width, align: "center" });
  doc.moveDown(1);

  for (const section of report.sections) {
    ensureSpace(doc, 60);
    doc.font("bold").fontSize(11.5).text(section.heading, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    for (const paragraph of section.paragraphs) {
      doc.font("regular").fontSize(10.5).text(paragraph, MARGIN, doc.y, { width, align: "justify", indent: 20 });
      doc.moveDown(0.3);
    }
    if (section.table) drawTable(doc, section.table, width);
    doc.moveDown(0.8);
  }

  ensureSpace(doc, 90);
  doc.font("bold").fontSize(11).text(report.signature, MARGIN + width / 2, doc.y + 10, { width: width / 2, align: "center" });
  doc.moveDown(4);
  doc.font("italic").fontSize(8).fillColor("#555555").text(report.generatedNote, MARGIN, doc.y, { width });
  doc.fillColor("black");

  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index++) {
    doc.switchToPage(index);
    doc.font("regular").fontSize(8).text(`${index + 1}/${pages.count}`, MARGIN, doc.page.height - MARGIN + 15, { width, align: "center", lineBreak: false });
  }
  doc.end();
  return finished;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

function drawTable(doc: PDFKit.PDFDocument, table: TReportTable, width: number) {
  const totalWeight = table.widths.reduce((sum, value) => sum + value, 0);
  const widths = table.widths.map((value) => (value / totalWeight) * width);
  const padding = 3;
  const drawRow = (cells: string[], isHeader: boolean) => {
    doc.font(isHeader ? "bold" : "regular").fontSize(isHeader ? 8 : 8.5);
    const heights = cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 2 * padding }));
    const rowHeight = Math.max(...heights) + 2 * padding;
    if (doc.y + rowHeight > doc.page.height - MARGIN - 20) {
      doc.addPage();
      if (!isHeader) drawRow(table.columns.map((column) => column.label), true);
      doc.font(isHeader ? "bold" : "regular").fontSize(isHeader ? 8 : 8.5);
    }
    const y = doc.y;
    let x = MARGIN;
    if (isHeader) doc.rect(MARGIN, y, width, rowHeight).fill("#e8edf3").fillColor("black");
    cells.forEach((cell, index) => {
      const cellWidth = widths[index]!;
      doc.rect(x, y, cellWidth, rowHeight).lineWidth(0.5).stroke("#777777");
      doc.fillColor("black").text(cell, x + padding, y + padding, { width: cellWidth - 2 * padding, align: isHeader ? "center" : table.columns[index]!.align });
      x += cellWidth;
    });
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  };
  drawRow(table.columns.map((column) => column.label), true);
  for (const row of table.rows) drawRow(row, false);
}
