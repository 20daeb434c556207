/**
 * Values of the buttons the dialogs offer. Short (Telegram allows 64 bytes of callback data; a
 * ticket id is 36) and channel-neutral: Zalo numbers the same choices.
 */
export const CHOICE = {
  consent: "consent",
  menuTip: "m:tip",
  menuQuestion: "m:question",
  menuFeedback: "m:feedback",
  menuTickets: "m:tickets",
  menuLanguage: "m:lang",
  menu: "m:menu",
  next: "tip:next",
  placeAddress: "pl:addr",
  placeWard: "pl:ward",
  placeSkip: "pl:skip",
  wardNone: "ward:none",
  anonymousYes: "an:y",
  anonymousNo: "an:n",
  phoneSkip: "ph:skip",
  send: "cf:send",
  cancelReport: "cf:cancel",
  faqHelpful: "faq:ok",
  faqOfficer: "faq:officer",
  detailsSkip: "fb:skip",
  newMatter: "fu:new",
  noComment: "rc:none",
  eraseYes: "er:yes",
  eraseNo: "er:no",
  discardYes: "cx:yes",
  discardNo: "cx:no",
} as const;

export const FEEDBACK_TYPES = ["suggestion", "service", "officer_conduct", "complaint", "praise"] as const;

/** Values that carry a parameter: "<prefix>:<argument>". */
export const CHOICE_PREFIX = {
  language: "lang",
  ward: "ward",
  wardPage: "wp",
  feedbackType: "fbt",
  classifyAs: "cls",
  followUpTicket: "fu",
  view: "view",
  close: "close",
  closeConfirmed: "closeok",
  ratePrompt: "rp",
  rate: "rate",
} as const;

export function choiceWith(prefix: string, ...args: (string | number)[]): string {
  return [prefix, ...args].join(":");
}

/** Splits "rate:<id>:5" into ["rate", "<id>", "5"]. */
export function parseChoice(value: string): [string, ...string[]] {
  const [head = "", ...rest] = value.split(":");
  return [head, ...rest];
}
