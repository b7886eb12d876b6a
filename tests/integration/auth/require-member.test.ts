import { requireMember } from "@/lib/auth/access/require-member";
import { can, permissions } from "@/lib/auth/permissions";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganization, createOrganizationWithMember } from "../../support/factories";

function sessionOf(user: { id: string; name: string; email: string }): SessionContext {
  return {
    sessionId: "test",
    user: { id: user.id, name: user.name, email: user.email, locale: "fr", isPlatformAdmin: false },
    activeOrganizationId: null,
  };
}

const roles: Role[] = ["OWNER", "ADMIN", "MEMBER", "ACCOUNTANT"];

describe("requireMember (the one access check, against the database)", () => {
  it.each(roles)("applies the permission table to a %s", async (role) => {
    const { user, organization } = await createOrganizationWithMember(role);
    for (const permission of permissions) {
      const result = await requireMember(sessionOf(user), organization.id, permission).then(
        (member) => member,
        (error: unknown) => error,
      );
      if (can(role, permission)) {
        expect(result).toMatchObject({ organizationId: organization.id, role, userId: user.id });
      } else {
        expect(result).toBeInstanceOf(AppError);
        expect((result as AppError).kind).toBe("FORBIDDEN");
      }
    }
  });

  it("treats another organization as not found, whatever the role there", async () => {
    const { user } = await createOrganizationWithMember("OWNER");
    const other = await createOrganization();
    const error = await requireMember(sessionOf(user), other.id, "organization.read").catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "NOT_FOUND" });
  });

  it("refuses a disabled organization and a missing session", async () => {
    const { user, organization } = await createOrganizationWithMember("OWNER");
    await db.organization.update({ where: { id: organization.id }, data: { disabledAt: new Date() } });
    await expect(requireMember(sessionOf(user), organization.id, "organization.read")).rejects.toMatchObject({
      code: "organization_disabled",
    });
    await expect(requireMember(null, organization.id, "organization.read")).rejects.toMatchObject({
      kind: "UNAUTHENTICATED",
    });
  });
});
