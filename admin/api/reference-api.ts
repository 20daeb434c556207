import { Hono } from "hono";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";

/** GET /api/units and /api/categories: reference lists every signed-in user may read. */
export function createReferenceApi(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { prisma } = ctx.deps;
  app.get("/units", async (c) => {
    const units = await prisma.unit.findMany({ orderBy: { code: "asc" }, include: { parent: { select: { code: true } }, wards: { select: { code: true, name: true } } } });
    return c.json({
      units: units.map((unit) => ({ code: unit.code, name: unit.name, kind: unit.kind, parentCode: unit.parent?.code ?? null, isActive: unit.isActive, wards: unit.wards })),
    });
  });
  app.get("/categories", async (c) => {
    const categories = await prisma.category.findMany({ orderBy: { code: "asc" }, include: { defaultUnit: { select: { code: true } } } });
    return c.json({
      categories: categories.map((category) => ({
        code: category.code,
        kind: category.kind,
        nameVi: category.nameVi,
        nameEn: category.nameEn,
        defaultUnitCode: category.defaultUnit?.code ?? null,
        firstResponseHours: category.firstResponseHours,
        resolutionDays: category.resolutionDays,
        dayType: category.dayType,
        isActive: category.isActive,
      })),
    });
  });
  return app;
}
