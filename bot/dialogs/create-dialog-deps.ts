import type { TAppDeps } from "../../core/app-deps.ts";
import { createTranslator } from "../../locales/translator.ts";
import type { TDialogDeps } from "./turn.ts";
import { createUnderstandingResources } from "./understanding-resources.ts";

/** What every channel hands the dialogs, built from the application's dependencies. */
export function createDialogDeps(deps: TAppDeps): TDialogDeps {
  return {
    prisma: deps.db.prisma,
    sql: deps.db.sql,
    box: deps.box,
    clock: deps.clock,
    logger: deps.logger,
    translator: createTranslator(),
    resources: createUnderstandingResources(deps.db.prisma, deps.clock, { openai: deps.config.openai, logger: deps.logger }),
    wakeOutbox: () => deps.wakeOutbox(),
  };
}
