import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { signupAttemptEmail } from "@/lib/email/templates/signup-attempt";
import { getEnv } from "@/lib/env/env";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { getLogger } from "@/lib/log/logger";
import { createOrganizationSlug } from "@/lib/organizations/organization-slug";
import { signupInput } from "../auth-schemas";
import { CHALLENGE_TTL_MS } from "../challenges/challenge-rules";
import { createChallenge, type StartedChallenge } from "../challenges/create-challenge";
import { createDecoyChallenge } from "../challenges/create-decoy-challenge";
import { randomToken } from "../crypto/tokens";
import { hashPassword } from "../password";

/**
 * Creates the user, their organization and the OWNER membership in one transaction, then
 * emails a code to verify the address (which also signs them in).
 *
 * An address that already has an account gets the same answer, after the same work, so
 * neither the form nor its time tells anybody which addresses are registered: the same
 * password hashing, the same transaction up to the user's insert (the organization is written
 * first, then rolled back), a code step opened the same way with one queued email — the
 * owner of the address is told instead of getting a code — and nothing is created.
 */
export async function signUp(rawInput: unknown, locale: Locale, meta: RequestMeta): Promise<StartedChallenge> {
  const input = parseInput(signupInput, rawInput);
  const passwordHash = await hashPassword(input.password);
  let userId: string;
  try {
    userId = await db.$transaction(async (tx) => {
      // The organization first: a registered address then fails at the user's insert after
      // the same statements as a new one.
      const organization = await tx.organization.create({
        data: { name: input.organizationName, slug: createOrganizationSlug(input.organizationName) },
      });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, locale },
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
      return answerForTakenEmail(input.email, meta);
    }
    throw error;
  }
  return createChallenge({ userId, purpose: "SIGNUP", email: input.email }, meta);
}

/** The sign-up answer for a registered address: a code step that leads nowhere, and a note to its owner. */
async function answerForTakenEmail(email: string, meta: RequestMeta): Promise<StartedChallenge> {
  const owner = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (owner) {
    const base = getEnv().APP_URL.replace(/\/+$/, "");
    getLogger().info({ userId: owner.id, ip: meta.ip }, "sign-up attempted with a registered address; owner told");
    return createDecoyChallenge({ userId: owner.id, email: owner.email }, meta, (locale) =>
      signupAttemptEmail({ locale, loginUrl: `${base}/login`, resetUrl: `${base}/forgot-password` }),
    );
  }
  // The account went away between the insert and this read (a race): nothing to tell anyone.
  return { token: randomToken(), expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS), email };
}
