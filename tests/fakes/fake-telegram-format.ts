/**
 * The parts of Telegram's text rules a bot most often gets wrong, so tests catch them:
 * unsupported HTML tags (user text not escaped) and unescaped MarkdownV2 reserved
 * characters. Returns the text as the user would see it (for length limits) or an error.
 */

const HTML_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
  "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
]);

/** Characters MarkdownV2 reserves that never start formatting, so they must always be escaped outside code. */
const MARKDOWN_V2_RESERVED = new Set([".", "!", "-", "=", "#", "+", "{", "}"]);

export type FormatCheck = { ok: true; visibleText: string } | { ok: false; description: string };

/** Checks `text` against `parse_mode` ("HTML", "MarkdownV2"; anything else is taken as plain). */
export function checkFormattedText(text: string, parseMode: unknown): FormatCheck {
  if (parseMode === "HTML") return checkHtml(text);
  if (parseMode === "MarkdownV2") return checkMarkdownV2(text);
  return { ok: true, visibleText: text };
}

function checkHtml(text: string): FormatCheck {
  for (const match of text.matchAll(/<(\/?)([^\s>/]*)[^<>]*(>?)/g)) {
    const name = (match[2] ?? "").toLowerCase();
    if (match[3] !== ">" || !HTML_TAGS.has(name)) {
      const offset = Buffer.byteLength(text.slice(0, match.index ?? 0));
      const kind = match[1] === "/" ? "end" : "start";
      return { ok: false, description: `can't parse entities: Unsupported ${kind} tag "${name}" at byte offset ${offset}` };
    }
  }
  const visibleText = text
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  return { ok: true, visibleText };
}

function checkMarkdownV2(text: string): FormatCheck {
  let visible = "";
  let isInCode = false;
  let isInLinkUrl = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === "\\") {
      visible += text[index + 1] ?? "";
      index++;
      continue;
    }
    if (char === "`") {
      isInCode = !isInCode;
      continue;
    }
    if (isInCode) {
      visible += char;
      continue;
    }
    if (isInLinkUrl) {
      if (char === ")") isInLinkUrl = false;
      continue;
    }
    if (char === "]" && text[index + 1] === "(") {
      isInLinkUrl = true;
      index++;
      continue;
    }
    if (MARKDOWN_V2_RESERVED.has(char)) {
      return {
        ok: false,
        description: `can't parse entities: Character '${char}' is reserved and must be escaped with the preceding '\\'`,
      };
    }
    if (!"*_~|[]()>".includes(char)) visible += char;
  }
  return { ok: true, visibleText: visible };
}
