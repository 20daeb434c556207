import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../../core/errors/app-error.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { CsrfField, Layout, type TPageContext } from "../views/layout.tsx";
import { auditConfigChange } from "./audit-config-change.ts";

const WARD_TYPES = ["phuong", "xa", "dac_khu"] as const;

const ZWardForm = z.object({
  name: z.string().trim().min(2).max(120),
  type: z.enum(WARD_TYPES),
  stationCode: z.string().trim().min(1),
  // One alias per line or comma-separated: old district/commune names citizens still type.
  aliases: z
    .string()
    .max(4000)
    .transform((value) => [...new Set(value.split(/[\n,;]/).map((alias) => alias.trim()).filter((alias) => alias.length > 0))]),
});

type TWardForm = z.infer<typeof ZWardForm>;

/** Reads and checks a ward form; the first bad field is named so the page can point at it. */
function parseWardForm(body: Record<string, unknown>): TWardForm {
  const parsed = ZWardForm.safeParse({ name: fieldOf(body, "name"), type: fieldOf(body, "type"), stationCode: fieldOf(body, "stationCode"), aliases: fieldOf(body, "aliases") });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "name");
    throw new AppError("VALIDATION", `Invalid ${field}`, { field });
  }
  return parsed.data;
}

interface TStation {
  id: string;
  code: string;
  name: string;
}

function WardFields(props: { page: TPageContext; stations: TStation[]; ward?: { name: string; type: string; aliases: string[]; stationCode: string } }) {
  const { t } = props.page;
  const ward = props.ward;
  return (
    <>
      <label>{t("wards-name")}<input name="name" value={ward?.name ?? ""} required minlength={2} maxlength={120} /></label>
      <label>
        {t("wards-type")}
        <select name="type">{WARD_TYPES.map((type) => <option value={type} selected={ward?.type === type}>{t(`ward-type-${type}`)}</option>)}</select>
      </label>
      <label>
        {t("wards-station")}
        <select name="stationCode">{props.stations.map((station) => <option value={station.code} selected={ward?.stationCode === station.code}>{`${station.code} – ${station.name}`}</option>)}</select>
      </label>
      <label class="wide">
        {t("wards-aliases")}
        <textarea name="aliases" rows={2} placeholder={t("wards-aliases-hint")}>{ward?.aliases.join(", ") ?? ""}</textarea>
      </label>
    </>
  );
}

/**
 * /admin/wards: the province's communes and wards, the police station that covers each and the
 * old names citizens still use. The chat bots and the classifier reload wards every few minutes,
 * so a change here reaches routing without a restart.
 */
export function createWardsPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma, clock } = ctx.deps;

  const loadStations = () => prisma.unit.findMany({ where: { kind: "station", isActive: true }, orderBy: { name: "asc" }, select: { id: true, code: true, name: true } });
  const stationByCode = async (code: string) => {
    const station = await prisma.unit.findFirst({ where: { code, kind: "station" }, select: { id: true, code: true } });
    if (!station) throw new AppError("VALIDATION", "Not a police station", { field: "stationCode" });
    return station;
  };

  app.get("/admin/wards", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const [stations, wards] = await Promise.all([
      loadStations(),
      prisma.ward.findMany({ orderBy: { name: "asc" }, include: { stationUnit: { select: { code: true } } } }),
    ]);
    return c.html(
      <Layout page={page} title={t("wards-title")} flash={flashOf(c)}>
        <h1>{t("wards-title")}</h1>
        <p class="muted">{t("wards-intro")}</p>
        <section class="card">
          <h2>{t("wards-create")}</h2>
          <form method="post" action="/admin/wards" class="grid-form">
            <CsrfField page={page} />
            <label>{t("wards-code")}<input name="code" required pattern="[A-Z0-9\-]{2,40}" placeholder="P-VIETTRI" /></label>
            <WardFields page={page} stations={stations} />
            <button type="submit" class="button primary">{t("wards-create")}</button>
          </form>
        </section>
        <section class="card">
          <h2>{t("wards-count", { count: wards.length })}</h2>
          {wards.map((ward) => (
            <details id={`ward-${ward.code}`}>
              <summary>
                <code>{ward.code}</code> {ward.name} <span class="muted small">{t(`ward-type-${ward.type}`)} · {ward.stationUnit.code}</span>
              </summary>
              <form method="post" action={`/admin/wards/${ward.code}`} class="grid-form">
                <CsrfField page={page} />
                <WardFields page={page} stations={stations} ward={{ name: ward.name, type: ward.type, aliases: ward.aliases, stationCode: ward.stationUnit.code }} />
                <button type="submit" class="button small">{t("save")}</button>
              </form>
            </details>
          ))}
        </section>
      </Layout>,
    );
  });

  app.post("/admin/wards", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/wards", "saved", async () => {
      const code = fieldOf(body, "code").toUpperCase();
      if (!/^[A-Z0-9-]{2,40}$/.test(code)) throw new AppError("VALIDATION", "Bad code", { field: "code" });
      const form = parseWardForm(body);
      const station = await stationByCode(form.stationCode);
      if (await prisma.ward.findUnique({ where: { code } })) throw new AppError("CONFLICT", "Code taken", { field: "code" });
      const ward = await prisma.ward.create({ data: { code, name: form.name, type: form.type, aliases: form.aliases, stationUnitId: station.id } });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.ward.create", entityType: "ward", entityId: ward.id, details: { code, station: station.code } }, clock.now());
    });
  });

  app.post("/admin/wards/:code", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/wards", "saved", async () => {
      const ward = await prisma.ward.findUnique({ where: { code: c.req.param("code") }, include: { stationUnit: { select: { code: true } } } });
      if (!ward) throw new AppError("NOT_FOUND", "No such ward");
      const form = parseWardForm(body);
      const station = await stationByCode(form.stationCode);
      await prisma.ward.update({ where: { id: ward.id }, data: { name: form.name, type: form.type, aliases: form.aliases, stationUnitId: station.id } });
      await auditConfigChange(
        prisma,
        c.get("actor"),
        {
          action: "config.ward.update",
          entityType: "ward",
          entityId: ward.id,
          details: { code: ward.code, name: form.name, type: form.type, aliases: form.aliases, station: { from: ward.stationUnit.code, to: station.code } },
        },
        clock.now(),
      );
    });
  });
  return app;
}
