import type { TActor } from "../access/actor.ts";
import type { Db } from "../db/open-database.ts";
import { AppError } from "../errors/app-error.ts";
import { foldForMatching, maskPii, normalizeText } from "../understanding/index.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";

export interface TFaqDraft {
  ticketCode: string;
  messageId: string;
  /** The citizen's question, phone and ID numbers masked: FAQ entries are public. */
  question: string;
  answer: string;
  categoryCode: string;
  suggestedSlug: string;
}

/**
 * The FAQ entry an officer's answer to a question ticket suggests: the citizen's messages before
 * the answer (PII masked) and the answer, in the ticket's category. Only question tickets (a
 * tip's content must never become public text) and only answers written by staff. NOT_FOUND
 * otherwise, or outside the actor's scope.
 */
export async function draftFaqFromAnswer(actor: TActor, input: { code: string; messageId: string }, deps: { prisma: Db }): Promise<TFaqDraft> {
  const ticket = await loadScopedTicket(deps.prisma, actor, input.code);
  if (ticket.kind !== "question") throw new AppError("NOT_FOUND", "Only answers to questions become FAQ entries");
  const answer = await deps.prisma.message.findFirst({ where: { id: input.messageId, ticketId: ticket.id, direction: "out", authorId: { not: null } } });
  if (!answer?.text.trim()) throw new AppError("NOT_FOUND", "No such answer");
  const [asked, category] = await Promise.all([
    deps.prisma.message.findMany({ where: { ticketId: ticket.id, direction: "in", createdAt: { lte: answer.createdAt } }, orderBy: { createdAt: "asc" }, select: { text: true } }),
    deps.prisma.category.findUniqueOrThrow({ where: { id: ticket.categoryId }, select: { code: true } }),
  ]);
  const question = maskPii(normalizeText(asked.map((message) => message.text).join(" ")) || ticket.summary);
  return {
    ticketCode: ticket.code,
    messageId: answer.id,
    question,
    answer: answer.text.trim(),
    categoryCode: category.code,
    suggestedSlug: slugOf(question, ticket.code),
  };
}

/** A readable slug from the question's first words, made unique enough by the ticket number. */
function slugOf(question: string, code: string): string {
  const words = foldForMatching(question).split(" ").filter((word) => word.length > 1 && !/^\d+$/.test(word)).slice(0, 6);
  const number = code.split("-").pop()!.replace(/^0+/, "");
  return [...words, number].join("-").slice(0, 80).replace(/-+$/, "") || `hoi-dap-${number}`;
}
