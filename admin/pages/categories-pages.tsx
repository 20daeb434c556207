import { Hono } from "hono";
import { AppError } from "../../core/errors/app-error.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { CsrfField, Layout } from "../views/layout.tsx";
import { auditConfigChange } from "./audit-config-change.ts";

/** /admin/categories: names, deadlines (working or calendar days) and the default unit of each category. */
export function createCategoriesPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma, clock } = ctx.deps;

  app.get("/admin/categories", async (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const [categories, units] = await Promise.all([
      prisma.category.findMany({ orderBy: [{ kind: "asc" }, { code: "asc" }] }),
      prisma.unit.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    ]);
    return c.html(
      <Layout page={page} title={t("categories-title")} flash={flashOf(c)}>
        <h1>{t("categories-title")}</h1>
        {categories.map((category) => (
          <section class="card" id={`category-${category.code}`}>
            <h2><code>{category.code}</code> {t(`kind-${category.kind}`)}</h2>
            <form method="post" action={`/admin/categories/${category.code}`} class="grid-form">
              <CsrfField page={page} />
              <label>{t("categories-name-vi")}<input name="nameVi" value={category.nameVi} required /></label>
              <label>{t("categories-name-en")}<input name="nameEn" value={category.nameEn} required /></label>
              <label>{t("categories-first-response")}<input name="firstResponseHours" type="number" min={1} max={720} value={String(category.firstResponseHours)} required /></label>
              <label>{t("categories-resolution")}<input name="resolutionDays" type="number" min={1} max={365} value={String(category.resolutionDays)} required /></label>
              <label>{t("categories-day-type")}<select name="dayType">{(["working", "calendar"] as const).map((type) => <option value={type} selected={category.dayType === type}>{t(`day-type-${type}`)}</option>)}</select></label>
              <label>{t("categories-default-unit")}<select name="defaultUnitCode"><option value="">—</option>{units.map((unit) => <option value={unit.code} selected={unit.id === category.defaultUnitId}>{`${unit.code} – ${unit.name}`}</option>)}</select></label>
              <label class="check"><input type="checkbox" name="isActive" value="yes" checked={category.isActive} /> {t("users-active")}</label>
              <button type="submit" class="button small">{t("save")}</button>
            </form>
          </section>
        ))}
      </Layout>,
    );
  });

  app.post("/admin/categories/:code", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/categories", "saved", async () => {
      const category = await prisma.category.findUnique({ where: { code: c.req.param("code") } });
      if (!category) throw new AppError("NOT_FOUND", "No such category");
      const firstResponseHours = Number(fieldOf(body, "firstResponseHours"));
      const resolutionDays = Number(fieldOf(body, "resolutionDays"));
      if (!Number.isInteger(firstResponseHours) || firstResponseHours < 1 || firstResponseHours > 720) throw new AppError("VALIDATION", "1–720", { field: "firstResponseHours" });
      if (!Number.isInteger(resolutionDays) || resolutionDays < 1 || resolutionDays > 365) throw new AppError("VALIDATION", "1–365", { field: "resolutionDays" });
      const unitCode = fieldOf(body, "defaultUnitCode");
      const unit = unitCode ? await prisma.unit.findUnique({ where: { code: unitCode } }) : null;
      if (unitCode && !unit) throw new AppError("VALIDATION", "Unknown unit", { field: "defaultUnitCode" });
      const data = {
        nameVi: fieldOf(body, "nameVi") || category.nameVi,
        nameEn: fieldOf(body, "nameEn") || category.nameEn,
        firstResponseHours,
        resolutionDays,
        dayType: fieldOf(body, "dayType") === "calendar" ? ("calendar" as const) : ("working" as const),
        defaultUnitId: unit?.id ?? null,
        isActive: fieldOf(body, "isActive") === "yes",
      };
      await prisma.category.update({ where: { id: category.id }, data });
      await auditConfigChange(prisma, c.get("actor"), { action: "config.category.update", entityType: "category", entityId: category.id, details: { code: category.code, ...data, defaultUnitCode: unit?.code ?? null } }, clock.now());
    });
  });
  return app;
}
