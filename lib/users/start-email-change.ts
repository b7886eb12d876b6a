import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { createChallenge, type StartedChallenge } from "@/lib/auth/challenges/create-challenge";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { startEmailChangeInput } from "./user-schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * First step of an email change: the current password, then a 6-digit code sent to the NEW
 * address (proof that the person reads it). The address changes only once the code is
 * entered (confirm-email-change.ts). Returns the challenge token for an httpOnly cookie.
 */
export async function startEmailChange(
  session: SessionContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<StartedChallenge> {
  const { newEmail, currentPassword } = parseInput(startEmailChangeInput, rawInput);
  const user = await verifyCurrentPassword(session.user.id, currentPassword, "currentPassword");
  if (newEmail === user.email) {
    throw new AppError("VALIDATION", "email_unchanged", "This is already your address", {
      fieldErrors: { newEmail: ["email_unchanged"] },
    });
  }
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw emailTaken();
  return createChallenge({ userId: session.user.id, purpose: "EMAIL_CHANGE", email: newEmail }, meta);
}

export function emailTaken(): AppError {
  return new AppError("CONFLICT", "email_taken", "An account already exists with this email", {
    fieldErrors: { newEmail: ["email_taken"] },
  });
}
