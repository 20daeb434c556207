/**
 * Plain-text tables for an evaluation report (used by run-eval.ts).
 */
import { CATEGORY_CODES } from "../categories.ts";
import type { EvaluationReport, HeadlineFigures, Rate } from "./evaluate.ts";
import type { LeaveOneRoundOutResult } from "./leave-one-round-out.ts";

const SHORT_NAMES: Record<string, string> = {
  "tip.drugs": "drugs", "tip.theft_robbery": "theft", "tip.fraud_online": "fraud", "tip.gambling": "gambl",
  "tip.public_order": "order", "tip.traffic": "traff", "tip.fire_hazard": "fireH", "tip.other": "tOthr",
  "question.identity": "ident", "question.residence": "resid", "question.passport": "passp", "question.vehicle": "vehic",
  "question.permits": "permt", "question.fire_safety": "fireS", "question.other": "qOthr",
  "feedback.officer_conduct": "condu", "feedback.service": "servc", "feedback.complaint": "compl",
  "feedback.praise": "prais", "feedback.suggestion": "sugg",
};

/** "93.5%  (243/260)". */
export function percent(value: Rate): string {
  return `${(value.rate * 100).toFixed(1).padStart(5)}%  (${value.hits}/${value.total})`;
}

function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")).join("\n");
}

/** The summary lines: the figures the issue asks for, with their aims. */
export function formatSummary(report: EvaluationReport): string {
  return table([
    ["metric", "value", "aim"],
    ["kind accuracy", percent(report.kindAccuracy), "≥ 95%"],
    ["category accuracy", percent(report.categoryAccuracy), "≥ 85%"],
    ["emergency recall", percent(report.emergencyRecall), "≥ 99%"],
    ["emergency false-alarm rate", percent(report.emergencyFalseAlarmRate), "low"],
    ["FAQ top-1", percent(report.faqTop1), ""],
    ["FAQ top-3", percent(report.faqTop3), "≥ 90%"],
    ["FAQ confident-answer precision", percent(report.faqConfidentPrecision), "high"],
    ["place resolution", percent(report.placeAccuracy), ""],
    ["ward found where none is named", percent(report.placeFalseHits), "low"],
  ]);
}

/** Accuracy per kind and per category. */
export function formatPerClass(report: EvaluationReport): string {
  const kinds = Object.entries(report.perKind).map(([kind, value]) => [`  ${kind}`, percent(value)]);
  const categories = CATEGORY_CODES.filter((code) => report.perCategory[code] !== undefined).map((code) => [
    `  ${code}`,
    percent(report.perCategory[code] as Rate),
  ]);
  return `${table([["per kind", "accuracy"], ...kinds])}\n\n${table([["per category", "accuracy"], ...categories])}`;
}

/** Category confusion table: rows expected, columns predicted, "." for zero. */
export function formatConfusion(report: EvaluationReport): string {
  const codes = CATEGORY_CODES.filter((code) => (report.perCategory[code]?.total ?? 0) > 0);
  const header = ["expected \\ predicted", ...CATEGORY_CODES.map((code) => SHORT_NAMES[code] ?? code)];
  const rows = codes.map((code) => [
    SHORT_NAMES[code] ?? code,
    ...CATEGORY_CODES.map((predicted) => {
      const count = report.confusion[code]?.[predicted] ?? 0;
      return count === 0 ? "." : String(count);
    }),
  ]);
  return table([header, ...rows]);
}

/** Every misclassification, missed emergency, false alarm, FAQ miss and place miss. */
export function formatDetails(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(`misclassified (${report.misclassified.length}):`);
  for (const item of report.misclassified) lines.push(`  ${item.expected} → ${item.predicted}: ${item.text}`);
  lines.push(`missed emergencies (${report.missedEmergencies.length}):`, ...report.missedEmergencies.map((text) => `  ${text}`));
  lines.push(`false alarms (${report.falseAlarms.length}):`, ...report.falseAlarms.map((text) => `  ${text}`));
  lines.push(`FAQ misses (${report.faqMisses.length}):`);
  for (const miss of report.faqMisses) lines.push(`  ${miss.expected} ∉ [${miss.got.join(", ")}]: ${miss.text}`);
  lines.push(`place misses (${report.placeMisses.length}):`);
  for (const miss of report.placeMisses) lines.push(`  ${miss.expected} ≠ ${miss.got ?? "none"}: ${miss.text}`);
  lines.push(`wards found where none is named (${report.placeFalseHitList.length}; some are real mentions the labels do not hint):`);
  for (const hit of report.placeFalseHitList) lines.push(`  ${hit.got} (${hit.alias}): ${hit.text}`);
  return lines.join("\n");
}

/** A compact figure: "96.9% 247/255". */
function compact(value: Rate): string {
  return value.total === 0 ? "—" : `${(value.rate * 100).toFixed(1)}% ${value.hits}/${value.total}`;
}

/** One line per held-out round, then the pools (see eval/leave-one-round-out.ts). */
export function formatLeaveOneRoundOut(result: LeaveOneRoundOutResult): string {
  const row = (name: string, figures: HeadlineFigures) => [
    name,
    String(figures.messageCount),
    compact(figures.kindAccuracy),
    compact(figures.categoryAccuracy),
    compact(figures.emergencyRecall),
    compact(figures.emergencyFalseAlarmRate),
    compact(figures.faqTop1),
    compact(figures.faqTop3),
  ];
  return table([
    ["held out", "msgs", "kind", "category", "emergency recall", "false alarms", "FAQ top-1", "FAQ top-3"],
    ...result.rounds.map((round) => row(round.name, round.report)),
    row("pooled, rounds 4–8", result.pooledClean),
    row("pooled, all rounds", result.pooled),
  ]);
}
