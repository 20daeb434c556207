import { Hono } from "hono";
import type { UnitKind } from "../../prisma/generated/enums.ts";
import { AppError } from "../../core/errors/app-error.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { CsrfField, Layout, type TPageContext } from "../views/layout.tsx";
import { auditConfigChange } from "./audit-config-change.ts";

interface TUnitRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  notifyTelegramChatId: string | null;
  isActive: boolean;
  wards: { code: string; name: string }[];
}

function UnitTree(props: { page: TPageContext; units: TUnitRow[]; parentId: string | null }) {
  const { t } = props.page;
  const children = props.units.filter((unit) => unit.parentId === props.parentId);
  if (children.length === 0) return null;
  return (
    <ul class="tree">
      {children.map((unit) => (
        <li id={`unit-${unit.code}`}>
          <details open={unit.parentId === null}>
            <summary>
              <code>{unit.code}</code> {unit.name} <span class="muted small">{t(`unit-kind-${unit.kind}`)}</span>
              {!unit.isActive ? <span class="badge">{t("users-disabled")}</span> : null}
              {unit.wards.length ? <span class="muted small"> · {t("units-wards", { count: unit.wards.length })}</span> : null}
            </summary>
            {unit.wards.length ? <p class="small">{unit.wards.map((ward) => ward.name).join(", ")}</p> : null}
            <form method="post" action={`/admin/units/${unit.code}`} class="grid-form">
              <CsrfField page={props.page} />
              <label>{t("units-name")}<input name="name" value={unit.name} required /></label>
              <label>{t("units-notify-chat")}<input name="notifyTelegramChatId" value={unit.notifyTelegramChatId ?? ""} placeholder="-1001234567890" pattern="-?[0-9]{1,20}" /></label>
              <label class="check"><input type="checkbox" name="isActive" value="yes" checked={unit.isActive} /> {t("users-active")}</label>
              <button type="submit" class="button small">{t("save")}</button>
            </form>
            <UnitTree page={props.page} units={props.units} parentId={unit.id} />
          </details>
        </li>
      ))}
    </ul>
  );
}

/** /admin/units: the unit tree with the wards each station covers and its Telegram notification group. */
export function createUnitsPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma, clock } = ctx.deps;

  app.get("/admin/units", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const units = await prisma.unit.findMany({ orderBy: { code: "asc" }, include: { wards: { orderBy: { name: "asc" }, select: { code: true, name: true } } } });
    return c.html(
      <Layout page={page} title={t("units-title")} flash={flashOf(c)}>
        <h1>{t("units-title")}</h1>
        <p><a href="/admin/wards">{t("wards-manage")}</a></p>
        <section class="card">
          <h2>{t("units-create")}</h2>
          <form method="post" action="/admin/units" class="grid-form">
            <CsrfField page={page} />
            <label>{t("units-code")}<input name="code" required pattern="[A-Z0-9\-]{2,32}" /></label>
            <label>{t("units-name")}<input name="name" required /></label>
            <label>{t("units-kind")}<select name="kind">{(["department", "station"] as const).map((kind) => <option value={kind}>{t(`unit-kind-${kind}`)}</option>)}</select></label>
            <label>{t("units-parent")}<select name="parentCode">{units.map((unit) => <option value={unit.code}>{`${unit.code} – ${unit.name}`}</option>)}</select></label>
            <button type="submit" class="button primary">{t("units-create-submit")}</button>
          </form>
        </section>
        <section class="card">
          <UnitTree page={page} units={units} parentId={null} />
        </section>
      </Layout>,
    );
  });

  app.post("/admin/units", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/units", "saved", async () => {
      const code = fieldOf(body, "code").toUpperCase();
      if (!/^[A-Z0-9-]{2,32}$/.test(code)) throw new AppError("VALIDATION", "Bad code", { field: "code" });
      const name = fieldOf(body, "name");
      if (!name) throw new AppError("VALIDATION", "Name required", { field: "name" });
      const kind = fieldOf(body, "kind") === "station" ? "station" : "department";
      const parent = await prisma.unit.findUnique({ where: { code: fieldOf(body, "parentCode") } });
      if (!parent) throw new AppError("VALIDATION", "Unknown parent", { field: "parentCode" });
      if (await prisma.unit.findUnique({ where: { code } })) throw new AppError("CONFLICT", "Code taken", { field: "code" });
      const unit = await prisma.unit.create({ data: { code, name, kind, parentId: parent.id } });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.unit.create", entityType: "unit", entityId: unit.id, details: { code, parent: parent.code } }, clock.now());
    });
  });

  app.post("/admin/units/:code", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/units", "saved", async () => {
      const unit = await prisma.unit.findUnique({ where: { code: c.req.param("code") } });
      if (!unit) throw new AppError("NOT_FOUND", "No such unit");
      const chatId = fieldOf(body, "notifyTelegramChatId");
      if (chatId && !/^-?\d{1,20}$/.test(chatId)) throw new AppError("VALIDATION", "Not a Telegram chat id", { field: "notifyTelegramChatId" });
      const data = { name: fieldOf(body, "name") || unit.name, notifyTelegramChatId: chatId || null, isActive: fieldOf(body, "isActive") === "yes" };
      await prisma.unit.update({ where: { id: unit.id }, data });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.unit.update", entityType: "unit", entityId: unit.id, details: { code: unit.code, ...data } }, clock.now());
    });
  });
  return app;
}
