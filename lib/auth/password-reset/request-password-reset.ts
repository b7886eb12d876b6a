import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { pruneEvents, recordEvent, retryAfterSeconds, type WindowRule } from "../rate-limit";
import {
  RESET_REQUESTS_PER_EMAIL,
  RESET_REQUESTS_PER_IP,
  RESET_WINDOW_MS,
  resetEmailKey,
  resetIpKey,
} from "./password-reset-rules";
import { requestPasswordResetInput } from "./password-reset-schemas";
import type { PasswordResetJob } from "./send-password-reset";

/**
 * "Forgot password". Returns nothing and answers the same whether or not an account exists
 * (the page says "if an account exists, we sent a link"). The request does the same work for
 * every address — the throttle (which counts every address, known or not) and one job on the
 * auth.password-reset queue — so neither its answer nor its time tells whether the address has
 * an account: the job looks the account up and emails the link, or nothing
 * (sendPasswordReset).
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
  const job: PasswordResetJob = { email, ip: meta.ip, userAgent: meta.userAgent };
  await enqueueJob(QUEUES.passwordReset.name, job);
}
