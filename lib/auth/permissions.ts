import type { Role } from "@/lib/generated/prisma/enums";

// The one role → permission table. The server checks it on every action (requireMember);
// the UI asks it only to hide what a role cannot do.
export const permissions = [
  "organization.read",
  "organization.update",
  "members.read",
  "members.invite",
  "members.updateRole",
  "members.remove",
  "auditLog.read",
  "clients.read",
  "clients.write",
  "articles.read",
  "articles.write",
  "documents.read",
  "documents.write",
  "documents.issue",
  "payments.write",
  "exports.read",
] as const;

export type Permission = (typeof permissions)[number];

const READ_ONLY: Permission[] = [
  "organization.read",
  "members.read",
  "clients.read",
  "articles.read",
  "documents.read",
];

const EVERYDAY_WORK: Permission[] = [
  ...READ_ONLY,
  "clients.write",
  "articles.write",
  "documents.write",
  "documents.issue",
  "payments.write",
];

const MANAGEMENT: Permission[] = [
  ...EVERYDAY_WORK,
  "organization.update",
  "members.invite",
  "members.updateRole",
  "members.remove",
  "auditLog.read",
  "exports.read",
];

export const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  OWNER: new Set(MANAGEMENT),
  ADMIN: new Set(MANAGEMENT),
  // Creates and sends documents, records payments; no settings, members or exports.
  MEMBER: new Set(EVERYDAY_WORK),
  // The accountant reads everything and exports, changes nothing.
  ACCOUNTANT: new Set<Permission>([...READ_ONLY, "auditLog.read", "exports.read"]),
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}

/** Roles an actor may hand out or take away: only an owner manages owners. */
export function manageableRoles(actorRole: Role): Role[] {
  if (actorRole === "OWNER") return ["OWNER", "ADMIN", "MEMBER", "ACCOUNTANT"];
  if (actorRole === "ADMIN") return ["ADMIN", "MEMBER", "ACCOUNTANT"];
  return [];
}
