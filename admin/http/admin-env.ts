import type { TActor } from "../../core/access/actor.ts";
import type { TResolvedSession } from "../../core/staff/resolve-session.ts";
import type { TLanguage, TTranslate } from "../../locales/translator.ts";

/** What middleware puts on the Hono context for the handlers. */
export interface TAdminEnv {
  Variables: {
    lang: TLanguage;
    t: TTranslate;
    /** Set by requireStaff / requireApiActor. */
    actor: TActor;
    /** The browser session (null when the caller used an API token). */
    session: TResolvedSession | null;
  };
}
