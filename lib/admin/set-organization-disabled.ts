import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { setDisabledInput } from "./admin-schemas";
import { assertPlatformAdmin } from "./assert-platform-admin";

/**
 * Disables (or re-enables) an organization. Nothing is deleted: its members simply get the
 * organization_disabled refusal from requireMember until it is enabled again.
 */
export async function setOrganizationDisabled(
  admin: SessionContext,
  rawInput: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ changed: boolean }> {
  await assertPlatformAdmin(admin);
  const { id, disabled } = parseInput(setDisabledInput, rawInput);
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({ where: { id }, select: { id: true } });
    if (!organization) throw notFound("Organization");
    const updated = await tx.organization.updateMany({
      where: { id, disabledAt: disabled ? null : { not: null } },
      data: { disabledAt: disabled ? now : null },
    });
    if (updated.count === 0) return { changed: false };
    await recordAudit(tx, {
      action: disabled ? "admin.organization_disabled" : "admin.organization_enabled",
      organizationId: id,
      actorId: admin.user.id,
      targetType: "Organization",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return { changed: true };
  });
}
