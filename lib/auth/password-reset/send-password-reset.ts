import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { queueEmail, wakeEmailWorkers } from "@/lib/email/queue-email";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import { getEnv } from "@/lib/env/env";
import { isLocale } from "@/lib/i18n/locales";
import type { JobContext } from "@/lib/jobs/job-handler";
import { getLogger } from "@/lib/log/logger";
import { hashToken, randomToken } from "../crypto/tokens";
import { RESET_TOKEN_TTL_MS } from "./password-reset-rules";

// The auth.password-reset job (requestPasswordReset only enqueues it): looks the address up
// and, for an account that can sign in, emails a single-use link valid one hour from now.

const passwordResetJob = z.object({
  email: z.string().min(1).max(320),
  ip: z.string().max(100).nullable(),
  userAgent: z.string().max(2_000).nullable(),
});

export type PasswordResetJob = z.infer<typeof passwordResetJob>;

export async function sendPasswordReset(data: unknown, job: JobContext, now = new Date()): Promise<void> {
  const parsed = passwordResetJob.safeParse(data);
  if (!parsed.success) {
    getLogger().error({ jobId: job.id }, "auth.password-reset job with malformed data: dropped");
    return;
  }
  const { email, ip, userAgent } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, disabledAt: true } });
  // A disabled account could not sign in with a new password anyway: send nothing.
  const sends = Boolean(user && !user.disabledAt);
  const audit = {
    action: "auth.password_reset_requested",
    actorId: user?.id ?? null,
    targetType: user ? "User" : undefined,
    targetId: user?.id,
    ip,
    userAgent,
    // The job id claims the work: a job repeated after a crash past the commit sends no second link.
    metadata: { email, sent: sends, jobId: job.id },
  } as const;
  if (!user || !sends) {
    await recordAudit(db, audit);
    return;
  }

  const token = randomToken();
  const message = await passwordResetEmail({
    locale: isLocale(user.locale) ? user.locale : "fr",
    url: `${getEnv().APP_URL.replace(/\/+$/, "")}/reset-password/${token}`,
    expiresInMinutes: RESET_TOKEN_TTL_MS / 60_000,
  });
  const queued = await db.$transaction(async (tx) => {
    const done = await tx.auditLog.findFirst({
      where: { actorId: user.id, action: audit.action, metadata: { path: ["jobId"], equals: job.id } },
      select: { id: true },
    });
    if (done) return false;
    // A new link supersedes the older ones: only the latest email works.
    await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
        createdAt: now,
      },
    });
    await queueEmail({ ...message, to: [email] }, { tx });
    await recordAudit(tx, audit);
    return true;
  });
  if (queued) wakeEmailWorkers();
}
