import type { SecretBox } from "../../core/security/secret-box.ts";
import type { PrismaClient } from "../generated/client.ts";
import { demoProvinceUnits } from "./data/units.ts";
import { seedDemoTickets } from "./seed-demo-tickets.ts";
import { seedReferenceData, type TProgress } from "./seed-reference-data.ts";
import { seedStaff, type TSeedCredential } from "./seed-staff.ts";

export interface TSeedOptions {
  box: SecretBox;
  now: Date;
  adminPassword?: string;
  withDemoData: boolean;
  progress?: TProgress;
}

export interface TSeedResult {
  credentials: TSeedCredential[];
  demoTicketsCreated: number;
}

/** Seeds reference data, staff and (optionally) demo tickets. Idempotent: a second run changes nothing. */
export async function seedDatabase(prisma: PrismaClient, options: TSeedOptions): Promise<TSeedResult> {
  const progress = options.progress ?? (() => undefined);
  await seedReferenceData(prisma, demoProvinceUnits, progress);
  const credentials = await seedStaff(prisma, { adminPassword: options.adminPassword, withDemoStaff: options.withDemoData });
  const demoTicketsCreated = options.withDemoData ? await seedDemoTickets(prisma, options.box, options.now, progress) : 0;
  return { credentials, demoTicketsCreated };
}

/** Is this a database nobody has set up yet (no units)? Then start-up seeds it. */
export async function isEmptyDatabase(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.unit.count()) === 0;
}
