import type { PrismaClient } from "../generated/client.ts";
import type { StaffRole } from "../generated/enums.ts";
import { generatePassword, hashPassword } from "../../core/security/passwords.ts";

export interface TSeedCredential {
  username: string;
  password: string;
  role: StaffRole;
  unitCode: string;
}

const DEMO_STAFF: { username: string; displayName: string; role: StaffRole; unitCode: string }[] = [
  { username: "lanhdao", displayName: "Lãnh đạo Công an tỉnh (demo)", role: "leader", unitCode: "CAT" },
  { username: "canbo.pc06", displayName: "Cán bộ PC06 (demo)", role: "officer", unitCode: "PC06" },
  { username: "canbo.pc04", displayName: "Cán bộ PC04 (demo)", role: "officer", unitCode: "PC04" },
  { username: "canbo.pa05", displayName: "Cán bộ PA05 (demo)", role: "officer", unitCode: "PA05" },
  { username: "canbo.ttra", displayName: "Cán bộ Thanh tra (demo)", role: "officer", unitCode: "TTRA" },
  { username: "canbo.viettri", displayName: "Cán bộ CA phường Việt Trì (demo)", role: "officer", unitCode: "CAP-VIETTRI" },
];

/**
 * Creates the `admin` account (password from ADMIN_PASSWORD, or generated) and, with demo data,
 * a leader and officers. Existing accounts are never touched, so passwords are only ever printed
 * the one time they are created.
 */
export async function seedStaff(prisma: PrismaClient, options: { adminPassword?: string; withDemoStaff: boolean }): Promise<TSeedCredential[]> {
  const created: TSeedCredential[] = [];
  const wanted = [
    { username: "admin", displayName: "Quản trị hệ thống", role: "admin" as const, unitCode: "CAT" },
    ...(options.withDemoStaff ? DEMO_STAFF : []),
  ];
  for (const account of wanted) {
    if (await prisma.staffUser.findUnique({ where: { username: account.username } })) continue;
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: account.unitCode } });
    const password = account.username === "admin" && options.adminPassword ? options.adminPassword : generatePassword();
    await prisma.staffUser.create({
      data: { username: account.username, displayName: account.displayName, role: account.role, unitId: unit.id, passwordHash: await hashPassword(password) },
    });
    created.push({ username: account.username, password, role: account.role, unitCode: account.unitCode });
  }
  return created;
}
