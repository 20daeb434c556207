/**
 * One language's translator, handed in by the edge: core never reads locale files. Report keys
 * live in locales/<lang>/stats.ftl, as do the `group-*` keys of posts to units' Telegram groups.
 */
export type TText = (key: string, args?: Record<string, string | number>) => string;
