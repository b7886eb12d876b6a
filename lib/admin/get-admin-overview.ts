import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { assertPlatformAdmin } from "./assert-platform-admin";

export type AdminOverview = {
  users: number;
  disabledUsers: number;
  platformAdmins: number;
  organizations: number;
  disabledOrganizations: number;
};

/** Headline counts for the administration home page. */
export async function getAdminOverview(admin: SessionContext): Promise<AdminOverview> {
  await assertPlatformAdmin(admin);
  const [users, disabledUsers, platformAdmins, organizations, disabledOrganizations] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { disabledAt: { not: null } } }),
    db.user.count({ where: { isPlatformAdmin: true } }),
    db.organization.count(),
    db.organization.count({ where: { disabledAt: { not: null } } }),
  ]);
  return { users, disabledUsers, platformAdmins, organizations, disabledOrganizations };
}
