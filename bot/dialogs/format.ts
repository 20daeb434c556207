import type { TLanguage } from "../../locales/translator.ts";

const TIME_ZONE = "Asia/Ho_Chi_Minh";

// Building an Intl.DateTimeFormat costs more than a turn's SQL: one per language and shape, kept.
const dateTimeFormats = {
  en: new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }),
  vi: new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }),
};
const dateFormats = {
  en: new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
  vi: new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
};

/** A date and time as citizens read it, in Vietnam's time zone ("14:30 22/11/2026" in Vietnamese, "22/11/2026, 14:30" in English). */
export function formatDateTime(date: Date, language: TLanguage): string {
  return dateTimeFormats[language === "en" ? "en" : "vi"].format(date);
}

export function formatDate(date: Date, language: TLanguage): string {
  return dateFormats[language === "en" ? "en" : "vi"].format(date);
}

/** "+84912345678" → "+84 91•••• 678": enough for the citizen to recognise, not to copy. */
export function maskPhone(e164: string): string {
  return `${e164.slice(0, 3)} ${e164.slice(3, 5)}••••${e164.slice(-3)}`;
}

/** At most `max` characters, cut on a word, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
