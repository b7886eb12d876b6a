import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { createChallenge, type StartedChallenge } from "@/lib/auth/challenges/create-challenge";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { claimInvitation } from "./claim-invitation";
import { findInvitationByToken } from "./find-invitation";
import { invitationNotFound, invitationUnusable } from "./invitation-errors";
import { invitationState } from "./invitation-rules";
import { acceptWithNewAccountInput } from "./invitation-schemas";

const accountExists = () =>
  new AppError("CONFLICT", "account_exists", "An account already exists for this address; log in to accept");

/**
 * Someone without an account accepts: the user (email already verified — the emailed link
 * proves the address) and the membership are created in one transaction, then the usual
 * second login step starts (a code to the same address), whose token the shell puts in the
 * challenge cookie.
 */
export async function acceptInvitationWithNewAccount(
  token: unknown,
  rawInput: unknown,
  locale: Locale,
  meta: RequestMeta,
  now = new Date(),
): Promise<StartedChallenge> {
  const input = parseInput(acceptWithNewAccountInput, rawInput);
  const invitation = await findInvitationByToken(token);
  if (!invitation) throw invitationNotFound();
  const state = invitationState(invitation, now);
  if (state !== "valid") throw invitationUnusable(state);
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw accountExists();

  const passwordHash = await hashPassword(input.password);
  let userId: string;
  try {
    userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, locale, emailVerifiedAt: now },
        select: { id: true },
      });
      await claimInvitation(tx, invitation, user.id, meta, now, { newAccount: true });
      return user.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw accountExists();
    throw error;
  }
  return createChallenge({ userId, purpose: "LOGIN", email: invitation.email }, meta);
}
