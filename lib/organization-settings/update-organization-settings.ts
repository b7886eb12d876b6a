import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { logoSummary } from "./get-organization-settings";
import { organizationSettingsInput } from "./organization-settings-schema";
import { settingsRowData, settingsView, type OrganizationSettingsView } from "./organization-settings-view";

/**
 * Saves the acting organization's settings (creates the row on the first save). The audit
 * entry names the fields that changed, not their values (bank details stay out of the log).
 */
export async function updateOrganizationSettings(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<OrganizationSettingsView> {
  assertCan(member, "organization.update");
  const data = settingsRowData(parseInput(organizationSettingsInput, rawInput));
  const organizationId = member.organizationId;
  return db.$transaction(async (tx) => {
    const before = await tx.organizationSettings.findUnique({ where: { organizationId } });
    const row = await tx.organizationSettings.upsert({
      where: { organizationId },
      create: { organizationId, ...data },
      update: data,
      include: { logo: logoSummary },
    });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (field) => String(before?.[field] ?? null) !== String(data[field] ?? null),
    );
    if (!before || changed.length > 0) {
      await recordAudit(tx, {
        action: "organization.settings_updated",
        organizationId,
        actorId: member.userId,
        targetType: "OrganizationSettings",
        targetId: organizationId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { changed, created: !before },
      });
    }
    return settingsView(row, member.organizationName);
  });
}
