import type { TSeedCredential } from "./seed-staff.ts";

/** Shows generated passwords once, on the console (never in the structured log). */
export function printCredentials(credentials: TSeedCredential[]): void {
  if (credentials.length === 0) return;
  const lines = [
    "Staff accounts created (passwords are shown only this once — change them after signing in):",
    ...credentials.map((c) => `  ${c.username.padEnd(16)} ${c.role.padEnd(8)} ${c.unitCode.padEnd(12)} ${c.password}`),
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  process.stdout.write(`\n┌${"─".repeat(width)}┐\n${lines.map((line) => `│ ${line.padEnd(width - 1)}│`).join("\n")}\n└${"─".repeat(width)}┘\n\n`);
}
