import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { createOrganizationSlug } from "@/lib/organizations/organization-slug";
import { signupInput } from "../auth-schemas";
import { createChallenge, type StartedChallenge } from "../challenges/create-challenge";
import { hashPassword } from "../password";

/**
 * Creates the user, their organization and the OWNER membership in one transaction, then
 * emails a code to verify the address (which also signs them in).
 */
export async function signUp(rawInput: unknown, locale: Locale, meta: RequestMeta): Promise<StartedChallenge> {
  const input = parseInput(signupInput, rawInput);
  const passwordHash = await hashPassword(input.password);
  let userId: string;
  try {
    userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, locale },
      });
      const organization = await tx.organization.create({
        data: { name: input.organizationName, slug: createOrganizationSlug(input.organizationName) },
      });
      await tx.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "OWNER" } });
      await recordAudit(tx, {
        action: "auth.signup",
        organizationId: organization.id,
        actorId: user.id,
        targetType: "User",
        targetId: user.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
      return user.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "email_taken", "An account already exists with this email", {
        fieldErrors: { email: ["email_taken"] },
      });
    }
    throw error;
  }
  return createChallenge({ userId, purpose: "SIGNUP", email: input.email }, meta);
}
