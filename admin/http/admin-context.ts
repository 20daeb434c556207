import type { TAppDeps } from "../../core/app-deps.ts";
import type { TStaffDeps } from "../../core/staff/staff-deps.ts";
import type { TFileFetcher } from "../../core/tickets/get-attachment-content.ts";
import type { UnderstandingService } from "../../core/understanding/index.ts";
import type { TTranslate } from "../../locales/translator.ts";
import type { TSessionCookies } from "./session-cookie.ts";

/** Built once by createAdminApp and handed to each resource's routes. */
export interface TAdminContext {
  app: TAppDeps;
  deps: TStaffDeps;
  cookies: TSessionCookies;
  /** Translator for texts sent to citizens (their language, not the officer's). */
  citizenT: (language: string) => TTranslate;
  /** How often the open queue re-fetches its results (new tickets appear without a reload). */
  queuePollSeconds: number;
  /** Classification and FAQ search for /api/classify and /api/faq/search; absent in tests that do not need them. */
  understanding: UnderstandingService | undefined;
  /** Fetches evidence from the chat channels (absent when no channel is running). */
  fetchFile: TFileFetcher | undefined;
}
