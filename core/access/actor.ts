import type { StaffRole } from "../../prisma/generated/enums.ts";

/** The signed-in staff member a use case acts for. Built by the edge from a session or API token. */
export interface TActor {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  unitId: string;
}

/** Label kept in audit entries (survives the user's deletion). */
export function actorLabel(actor: TActor): string {
  return actor.username;
}

export function isAdmin(actor: TActor): boolean {
  return actor.role === "admin";
}

/** Leaders and admins may block senders, approve identity reveals and reassign across units. */
export function isLeaderOrAdmin(actor: TActor): boolean {
  return actor.role === "admin" || actor.role === "leader";
}
