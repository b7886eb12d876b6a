import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email/send-email";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import { getEnv } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { isLocale } from "@/lib/i18n/locales";
import { hashToken, randomToken } from "../crypto/tokens";
import { pruneEvents, recordEvent, retryAfterSeconds, type WindowRule } from "../rate-limit";
import {
  RESET_REQUESTS_PER_EMAIL,
  RESET_REQUESTS_PER_IP,
  RESET_TOKEN_TTL_MS,
  RESET_WINDOW_MS,
  resetEmailKey,
  resetIpKey,
} from "./password-reset-rules";
import { requestPasswordResetInput } from "./password-reset-schemas";

/**
 * "Forgot password": emails a single-use link valid one hour. Returns nothing and answers
 * the same whether or not an account exists (the page says "if an account exists, we sent
 * a link"); the throttle counts every address, known or not, so it reveals nothing either.
 */
export async function requestPasswordReset(rawInput: unknown, meta: RequestMeta, now = new Date()): Promise<void> {
  const { email } = parseInput(requestPasswordResetInput, rawInput);
  const rules: WindowRule[] = [
    { key: resetEmailKey(email), limit: RESET_REQUESTS_PER_EMAIL, windowMs: RESET_WINDOW_MS },
    ...(meta.ip ? [{ key: resetIpKey(meta.ip), limit: RESET_REQUESTS_PER_IP, windowMs: RESET_WINDOW_MS }] : []),
  ];
  const wait = Math.max(0, ...(await Promise.all(rules.map((rule) => retryAfterSeconds(db, rule, now)))));
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", "reset_too_many", "Too many reset requests; try again later", {
      retryAfterSeconds: wait,
    });
  }
  for (const rule of rules) await recordEvent(db, rule.key, now);
  await pruneEvents(db, now);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, disabledAt: true } });
  await recordAudit(db, {
    action: "auth.password_reset_requested",
    actorId: user?.id ?? null,
    targetType: user ? "User" : undefined,
    targetId: user?.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { email, sent: Boolean(user && !user.disabledAt) },
  });
  // A disabled account could not sign in with a new password anyway: send nothing.
  if (!user || user.disabledAt) return;

  const token = randomToken();
  await db.$transaction([
    // A new link supersedes the older ones: only the latest email works.
    db.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    }),
    db.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
        createdAt: now,
      },
    }),
  ]);
  const message = await passwordResetEmail({
    locale: isLocale(user.locale) ? user.locale : "fr",
    url: `${getEnv().APP_URL.replace(/\/+$/, "")}/reset-password/${token}`,
    expiresInMinutes: RESET_TOKEN_TTL_MS / 60_000,
  });
  await sendEmail({ ...message, to: [email] });
}
