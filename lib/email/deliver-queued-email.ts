import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLastAttempt, type JobContext } from "@/lib/jobs/job-handler";
import { getLogger } from "@/lib/log/logger";
import { appMetrics } from "@/lib/metrics/metrics-registry";
import { attachmentMetadata, storedAttachmentsSchema, type AttachmentMetadata } from "./outgoing-email";
import { resendClient } from "./resend-client";

// The `email.send` job: hands one queued EmailMessage to its transport. Idempotent: only a
// QUEUED row of the job's generation is worked; a SENT or FAILED one (a repeated job, a retry
// made by hand in the meantime) is left alone.
//
// Resend gets the idempotency key email/<id>/<generation>: when a worker dies after Resend
// accepted the email but before the row says SENT, pg-boss hands the job out again once it
// expires, and Resend answers the repeat with the first send's id instead of sending twice.
// So a send is never lost (the job outlives the crash) and never doubled (the key).
//
// Outcome of a Resend call:
//   - accepted → SENT: provider id, sentAt; the bodies and attachment bytes are cleared (they
//     can hold login codes and reset links; the metadata stays);
//   - refused for good (4xx other than 409 and 429: validation, bad address, bad key…) →
//     FAILED at once with the provider's message, no retry;
//   - anything else (5xx, 429, 409 "same key in progress", network) → the attempt is counted
//     and the job throws, so pg-boss retries with backoff; the last attempt marks FAILED first.

const jobData = z.object({ emailId: z.string().min(1).max(64) });

/** What a SENT email's listeners get (in the transaction that marks it SENT). */
export type DeliveredEmail = {
  id: string;
  organizationId: string | null;
  providerMessageId: string | null;
  sentAt: Date;
  /** Metadata only (filename, type, size, sha256). */
  attachments: AttachmentMetadata[];
};

export type DeliveryHooks = {
  /**
   * Runs in the transaction that marks the email SENT, exactly once per email: what other
   * domains record about a delivered email (a document's send) commits with it or not at all.
   */
  onSent?: (tx: Prisma.TransactionClient, email: DeliveredEmail) => Promise<void>;
  /** The Reply-To of an email, looked up at delivery (the row has no column for it). */
  replyTo?: (email: { id: string; organizationId: string | null }) => Promise<string | undefined>;
};

export async function deliverQueuedEmail(data: unknown, job: JobContext, hooks: DeliveryHooks = {}): Promise<void> {
  const parsed = jobData.safeParse(data);
  if (!parsed.success) {
    // Retrying a job that names no email cannot help.
    getLogger().error({ jobId: job.id, data }, "email.send job without an email id: dropped");
    return;
  }
  const email = await db.emailMessage.findUnique({ where: { id: parsed.data.emailId } });
  if (!email || email.status !== "QUEUED") return;
  if (email.transport === "OUTBOX") return keepInOutbox(email, hooks);
  return sendThroughResend(email, job, hooks);
}

type EmailRow = NonNullable<Awaited<ReturnType<typeof db.emailMessage.findUnique>>>;

/** The row is SENT if it was still this generation's QUEUED one; then the listeners run. */
async function markSent(
  email: EmailRow,
  hooks: DeliveryHooks,
  data: Prisma.EmailMessageUpdateManyMutationInput & { sentAt: Date },
  providerMessageId: string | null,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.emailMessage.updateMany({
      where: { id: email.id, status: "QUEUED", generation: email.generation },
      data: { ...data, status: "SENT", lastError: null },
    });
    if (count === 0) return false;
    await hooks.onSent?.(tx, {
      id: email.id,
      organizationId: email.organizationId,
      providerMessageId,
      sentAt: data.sentAt,
      attachments: attachmentMetadata(storedAttachmentsSchema.parse(email.attachments)),
    });
    return true;
  });
}

async function keepInOutbox(email: EmailRow, hooks: DeliveryHooks): Promise<void> {
  if (!(await markSent(email, hooks, { sentAt: new Date() }, null))) return;
  appMetrics().emailsSent.inc({ transport: "outbox" });
  const fields = { emailId: email.id, to: email.to, subject: email.subject, template: email.template };
  if (getEnv().NODE_ENV === "production") {
    // /dev/mailbox answers 404 in production: this mail reaches nobody.
    getLogger().warn(fields, "RESEND_API_KEY is not set: email kept in the outbox, not delivered");
  } else {
    getLogger().info(fields, "email captured in outbox — read it at /dev/mailbox");
  }
}

type ProviderFailure = { message: string; statusCode: number | null; code: string | null };

async function sendThroughResend(email: EmailRow, job: JobContext, hooks: DeliveryHooks): Promise<void> {
  const env = getEnv();
  const attachments = storedAttachmentsSchema.parse(email.attachments);
  if (!env.RESEND_API_KEY || email.html === null || email.text === null) {
    // Queued for Resend but the key is gone, or a body is missing: no attempt can succeed.
    const reason = env.RESEND_API_KEY ? "the email's body is missing" : "RESEND_API_KEY is not set";
    await recordFailure(email, { message: reason, statusCode: null, code: null }, { final: true, attempted: false });
    return;
  }
  const replyTo = await hooks.replyTo?.({ id: email.id, organizationId: email.organizationId });
  const answer = await callResend(
    env.RESEND_API_KEY,
    env.RESEND_BASE_URL,
    {
      from: email.from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      replyTo,
      attachments:
        attachments.length === 0
          ? undefined
          : attachments.map((file) => ({
              filename: file.filename,
              content: file.contentBase64 ?? "",
              contentType: file.contentType,
              contentId: file.contentId,
            })),
    },
    `email/${email.id}/${email.generation}`,
  );
  if ("failure" in answer) {
    const permanent = isPermanentRefusal(answer.failure.statusCode);
    await recordFailure(email, answer.failure, { final: permanent || isLastAttempt(job), attempted: true });
    if (permanent) return;
    throw new Error(`Resend did not take email ${email.id}: ${answer.failure.message}`);
  }
  const providerMessageId = answer.id;
  const sent = await markSent(
    email,
    hooks,
    {
      sentAt: new Date(),
      providerMessageId,
      attempts: { increment: 1 },
      // Bodies are not kept once delivered: they can hold login codes and reset links.
      html: null,
      text: null,
      attachments: attachmentMetadata(attachments),
    },
    providerMessageId,
  );
  if (!sent) return;
  appMetrics().emailsSent.inc({ transport: "resend" });
  getLogger().info({ emailId: email.id, template: email.template, providerMessageId }, "email sent");
}

type ResendPayload = Parameters<ReturnType<typeof resendClient>["emails"]["send"]>[0];

async function callResend(
  apiKey: string,
  baseUrl: string | undefined,
  payload: ResendPayload,
  idempotencyKey: string,
): Promise<{ id: string } | { failure: ProviderFailure }> {
  try {
    const { data, error } = await resendClient(apiKey, baseUrl).emails.send(payload, { idempotencyKey });
    if (data && !error) return { id: data.id };
    return {
      failure: {
        message: error?.message ?? "Resend answered without a message id",
        statusCode: error?.statusCode ?? null,
        code: error?.name ?? null,
      },
    };
  } catch (error) {
    // The SDK answers failures as values; a throw is something unexpected (bad payload…): retried.
    return {
      failure: { message: error instanceof Error ? error.message : String(error), statusCode: null, code: null },
    };
  }
}

/**
 * A refusal that the same request cannot overcome: 4xx, except 429 (rate or quota: later) and
 * 409 (Resend's "a request with this idempotency key is in progress": ask again later).
 */
export function isPermanentRefusal(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 400 && statusCode < 500 && statusCode !== 409 && statusCode !== 429;
}

/** Counts the attempt and keeps the provider's message; a final failure makes the row FAILED. */
async function recordFailure(
  email: EmailRow,
  failure: ProviderFailure,
  options: { final: boolean; attempted: boolean },
): Promise<void> {
  const lastError = (failure.statusCode ? `${failure.statusCode} ` : "") + failure.message;
  appMetrics().emailsFailed.inc({ final: String(options.final) });
  await db.emailMessage.updateMany({
    where: { id: email.id, status: "QUEUED", generation: email.generation },
    data: {
      lastError: lastError.slice(0, 1000),
      ...(options.attempted ? { attempts: { increment: 1 } } : {}),
      ...(options.final ? { status: "FAILED" as const, failedAt: new Date() } : {}),
    },
  });
  getLogger()[options.final ? "error" : "warn"](
    {
      emailId: email.id,
      template: email.template,
      statusCode: failure.statusCode,
      code: failure.code,
      reason: failure.message,
    },
    options.final ? "email delivery failed for good" : "email delivery failed, will retry",
  );
}
