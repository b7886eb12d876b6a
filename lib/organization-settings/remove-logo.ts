import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { lockSettingsRow } from "./lock-settings-row";
import { retireLogoFile } from "./retire-logo-file";

/** Removes the acting organization's logo (and its file, unless issued documents show it). False when there was none (nothing audited). */
export async function removeLogo(member: MemberContext, meta: RequestMeta): Promise<boolean> {
  assertCan(member, "organization.update");
  const organizationId = member.organizationId;
  return db.$transaction(async (tx) => {
    const logoId = await lockSettingsRow(tx, organizationId);
    if (!logoId) return false;
    await tx.organizationSettings.update({ where: { organizationId }, data: { logoFileId: null } });
    await retireLogoFile(tx, organizationId, logoId);
    await recordAudit(tx, {
      action: "organization.logo_removed",
      organizationId,
      actorId: member.userId,
      targetType: "StoredFile",
      targetId: logoId,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return true;
  });
}
