import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { createOrganizationInput } from "./organization-schemas";
import { createOrganizationSlug } from "./organization-slug";

/** A signed-in user creates another organization: they are its OWNER and start working in it. */
export async function createOrganization(
  session: SessionContext | null,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ id: string; name: string }> {
  if (!session) throw new AppError("UNAUTHENTICATED", "unauthenticated", "Please sign in");
  const input = parseInput(createOrganizationInput, rawInput);
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: { name: input.name, slug: createOrganizationSlug(input.name) },
      select: { id: true, name: true },
    });
    await tx.membership.create({ data: { organizationId: organization.id, userId: session.user.id, role: "OWNER" } });
    await tx.authSession.updateMany({
      where: { id: session.sessionId, userId: session.user.id, revokedAt: null },
      data: { activeOrganizationId: organization.id },
    });
    await recordAudit(tx, {
      action: "organization.created",
      organizationId: organization.id,
      actorId: session.user.id,
      targetType: "Organization",
      targetId: organization.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return organization;
  });
}
