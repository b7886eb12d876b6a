import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { settingsView, type OrganizationSettingsView } from "./organization-settings-view";

export const logoSummary = { select: { sha256: true, width: true, height: true, byteSize: true } } as const;

/** The acting organization's settings; defaults (and its name as legal name) before the first save. */
export async function getOrganizationSettings(member: MemberContext): Promise<OrganizationSettingsView> {
  assertCan(member, "organization.read");
  const row = await db.organizationSettings.findUnique({
    where: { organizationId: member.organizationId },
    include: { logo: logoSummary },
  });
  return settingsView(row, member.organizationName);
}
