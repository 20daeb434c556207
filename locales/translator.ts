import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const LANGUAGES = ["vi", "en"] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export type TTranslate = (key: string, args?: Record<string, FluentVariable>) => string;

const LOCALES_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * Loads every `locales/<lang>/*.ftl` file once. Vietnamese is the fallback: a key missing in
 * English is shown in Vietnamese rather than as a raw key. Unicode isolation marks are off because
 * chat apps show them as stray characters.
 */
export function createTranslator(): { t(language: string): TTranslate; has(language: TLanguage, key: string): boolean } {
  const bundles = new Map<TLanguage, FluentBundle>();
  for (const language of LANGUAGES) {
    const bundle = new FluentBundle(language === "vi" ? "vi-VN" : "en-GB", { useIsolating: false });
    const dir = path.join(LOCALES_DIR, language);
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ftl")).sort()) {
      const errors = bundle.addResource(new FluentResource(readFileSync(path.join(dir, file), "utf8")));
      if (errors.length > 0) throw new Error(`locales/${language}/${file}: ${errors.map((error) => error.message).join("; ")}`);
    }
    bundles.set(language, bundle);
  }
  const format = (language: TLanguage, key: string, args?: Record<string, FluentVariable>): string | undefined => {
    const bundle = bundles.get(language)!;
    const message = bundle.getMessage(key);
    if (!message?.value) return undefined;
    return bundle.formatPattern(message.value, args);
  };
  return {
    t(language) {
      const lang: TLanguage = language === "en" ? "en" : "vi";
      return (key, args) => format(lang, key, args) ?? format("vi", key, args) ?? key;
    },
    has: (language, key) => bundles.get(language)!.hasMessage(key),
  };
}
