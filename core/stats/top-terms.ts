import { foldForMatching } from "../understanding/normalize-text.ts";

/** Syllables that say nothing about the topic (diacritics folded), incl. chat abbreviations. */
const STOP_SYLLABLES = new Set(
  ("a ad admin ah ai anh bi biet bao ben boi cac cach cho chi chu co con cua cung da dang day de den di do duoc dc " +
    "e em gi gio gium giup ha hay hien ho hoi hom khi khong ko k la lai lam len luc ma minh mk moi mot muon nao nay ne neu ngay " +
    "nguoi nha nhe nhieu nhu nhung no noi nua o oi ong phai qua ra rang rat roi sao se tai the thi thu toi tu va vao van ve vi voi vs xin " +
    "cam on ban dung sau truoc tren duoi tat ca luon ngoai trong chua xa phuong huyen tinh thon so")
    .split(/\s+/),
);

/**
 * The most frequent two-syllable phrases in a set of messages (pure): Vietnamese words are mostly
 * two syllables ("lừa đảo", "căn cước", "tạm trú"). Matching ignores diacritics (citizens often
 * type without them); each phrase is shown in its most common written form. Phrases with digits
 * (phones, plates, amounts) are skipped, and so are those seen fewer than `minCount` times.
 */
export function topTerms(texts: readonly string[], limit = 15, minCount = 2): { term: string; count: number }[] {
  const counts = new Map<string, { count: number; forms: Map<string, number> }>();
  const folded = new Map<string, string>();
  const fold = (word: string) => {
    let value = folded.get(word);
    if (value === undefined) {
      value = foldForMatching(word);
      folded.set(word, value);
    }
    return value;
  };
  for (const text of texts) {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const seen = new Set<string>();
    for (let index = 0; index + 1 < words.length; index++) {
      const first = words[index]!;
      const second = words[index + 1]!;
      if (/\d/.test(first) || /\d/.test(second)) continue;
      const key = `${fold(first)} ${fold(second)}`;
      const [a, b] = key.split(" ");
      if (!a || !b || STOP_SYLLABLES.has(a) || STOP_SYLLABLES.has(b) || a.length < 2 || b.length < 2) continue;
      if (seen.has(key)) continue; // count a phrase once per message
      seen.add(key);
      const entry = counts.get(key) ?? { count: 0, forms: new Map() };
      entry.count += 1;
      const form = `${first} ${second}`;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  return [...counts.entries()]
    .filter(([, entry]) => entry.count >= minCount)
    .sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key, entry]) => ({ term: bestForm(entry.forms) ?? key, count: entry.count }));
}

/** The written form to show: the most frequent one, preferring a form with diacritics. */
function bestForm(forms: Map<string, number>): string | undefined {
  const ranked = [...forms.entries()].sort((x, y) => Number(hasDiacritics(y[0])) - Number(hasDiacritics(x[0])) || y[1] - x[1]);
  return ranked[0]?.[0];
}

function hasDiacritics(text: string): boolean {
  return /[^\u0000-\u007f]/.test(text);
}
