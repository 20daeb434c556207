/**
 * Personal data in citizens' messages: phone numbers, personal ID numbers (12-digit số định
 * danh / CCCD), old 9-digit CMND numbers and e-mail addresses.
 *
 * Detect them to store a citizen's phone, and mask them wherever text leaves our server
 * (an external model, logs, exports): Decree 13/2023 treats crime-related data as sensitive.
 */

/** The kinds of personal data this module recognises. */
export type PiiKind = "phone" | "personal_id" | "old_id" | "email";

/** One occurrence of personal data: its kind, the exact text and its position. */
export interface PiiMatch {
  kind: PiiKind;
  value: string;
  start: number;
  end: number;
}

/** What each kind is replaced with by {@link maskPii}. */
export const PII_MASKS: Readonly<Record<PiiKind, string>> = {
  phone: "[SĐT]",
  personal_id: "[SỐ ĐỊNH DANH]",
  old_id: "[SỐ CMND]",
  email: "[EMAIL]",
};

const SEPARATOR = "[\\s.\\-]?";
const PATTERNS: ReadonlyArray<readonly [PiiKind, RegExp]> = [
  ["email", /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu],
  // 12 digits, province code first (001–096), optionally grouped with spaces or dots.
  ["personal_id", new RegExp(`(?<![\\d+])0(?:${SEPARATOR}\\d){11}(?!\\d)`, "g")],
  // +84 / 84 / 0, then 9 digits (mobile) or 10 digits starting with 2 (landline), with separators.
  [
    "phone",
    new RegExp(
      `(?<![\\d])(?:\\+84|84|\\(\\+84\\)|0)${SEPARATOR}(?:2(?:${SEPARATOR}\\d){9}|[3-9](?:${SEPARATOR}\\d){8})(?![\\d])`,
      "g",
    ),
  ],
  // Old CMND: exactly 9 contiguous digits (grouped forms would collide with money amounts).
  ["old_id", /(?<![\d.,])\d{9}(?![\d.,]\d)(?!\d)/g],
];

/**
 * Every piece of personal data in a text, in reading order, without overlaps
 * (an earlier, more specific kind wins: e-mail, then ID, then phone, then CMND).
 */
export function detectPii(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  const overlaps = (start: number, end: number) =>
    matches.some((match) => start < match.end && end > match.start);
  for (const [kind, pattern] of PATTERNS) {
    for (const found of text.matchAll(pattern)) {
      const start = found.index ?? 0;
      const end = start + found[0].length;
      if (!overlaps(start, end)) matches.push({ kind, value: found[0], start, end });
    }
  }
  return matches.sort((left, right) => left.start - right.start);
}

/**
 * The text with every piece of personal data replaced by a readable placeholder
 * ("gọi 0912 345 678" → "gọi [SĐT]"). Use before sending text to any external service or log.
 */
export function maskPii(text: string): string {
  let masked = "";
  let cursor = 0;
  for (const match of detectPii(text)) {
    masked += text.slice(cursor, match.start) + PII_MASKS[match.kind];
    cursor = match.end;
  }
  return masked + text.slice(cursor);
}

/** Second digit(s) after the leading 0 of Vietnamese mobile numbers (Viettel, Vina, Mobi, …). */
const MOBILE_PREFIX = /^(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)/;
/** Fixed-line numbers: 0 + 2 + two-digit area code + 7 digits. */
const LANDLINE_PREFIX = /^2\d{9}$/;

/**
 * A Vietnamese phone number in E.164 ("+84912345678"), or null when the input is not a valid
 * mobile (or fixed-line) number. Accepts "0912 345 678", "0912.345.678", "+84 912345678",
 * "84912345678", "(+84) 912-345-678". Use when a citizen types their number for call-back.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  let national: string;
  if (compact.startsWith("+84")) national = compact.slice(3);
  else if (compact.startsWith("84") && compact.length === 11) national = compact.slice(2);
  else if (compact.startsWith("0")) national = compact.slice(1);
  else return null;
  if (national.startsWith("0")) return null;
  const isMobile = national.length === 9 && MOBILE_PREFIX.test(national);
  const isLandline = LANDLINE_PREFIX.test(national);
  return isMobile || isLandline ? `+84${national}` : null;
}
