import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob, wakeWorkers } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getLogger } from "@/lib/log/logger";
import { outgoingEmailSchema, type OutgoingEmail, type StoredAttachment } from "./outgoing-email";

// The one way the app sends email: the request only writes the EmailMessage row (QUEUED, with
// its bodies and attachments) and the `email.send` job that delivers it, in one transaction.
// The provider is called by the job (deliver-queued-email.ts), outside any user's request:
// a slow or failing provider costs the user nothing, and a failure is retried with backoff,
// then left visible as FAILED instead of being lost.
//
// The transport is decided here, once: RESEND when RESEND_API_KEY is set, else OUTBOX (kept in
// the table, read at /dev/mailbox). A row and its job are always written together, so an
// email is never queued without a job to send it, nor sent for a change that rolled back.

export type { OutgoingEmail } from "./outgoing-email";

export type QueueEmailOptions = {
  /**
   * Queue in the caller's transaction: the email exists (and goes out) only if that commits.
   * The caller calls wakeEmailWorkers() after its commit.
   */
  tx?: Prisma.TransactionClient;
};

export type QueuedEmail = { id: string };

/** Queues one email. Throws ZodError on a malformed message (nothing written). */
export async function queueEmail(message: OutgoingEmail, options: QueueEmailOptions = {}): Promise<QueuedEmail> {
  const email = outgoingEmailSchema.parse(message);
  const env = getEnv();
  const attachments: StoredAttachment[] | undefined = email.attachments?.map(
    ({ filename, contentType, content, contentId }) => ({
      filename,
      contentType,
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      contentBase64: content.toString("base64"),
      ...(contentId ? { contentId } : {}),
    }),
  );
  const write = async (tx: Prisma.TransactionClient): Promise<QueuedEmail> => {
    const row = await tx.emailMessage.create({
      data: {
        organizationId: email.organizationId ?? null,
        to: email.to,
        from: env.EMAIL_FROM,
        subject: email.subject,
        template: email.template,
        html: email.html,
        text: email.text,
        attachments,
        transport: env.RESEND_API_KEY ? "RESEND" : "OUTBOX",
        status: "QUEUED",
      },
      select: { id: true },
    });
    await enqueueJob(QUEUES.emailSend.name, { emailId: row.id } satisfies EmailSendJob, { tx });
    return row;
  };
  const queued = options.tx ? await write(options.tx) : await db.$transaction(write);
  getLogger().debug({ emailId: queued.id, template: email.template }, "email queued");
  if (!options.tx) wakeEmailWorkers();
  return queued;
}

/**
 * Wakes this process's email workers (when it runs some) so a queued email goes at once
 * rather than at their next poll. queueEmail does it itself; a caller that queued in its own
 * transaction calls it after the commit (before, the job is not visible yet).
 */
export function wakeEmailWorkers(): void {
  wakeWorkers(QUEUES.emailSend.name);
}

/** The data of an `email.send` job. */
export type EmailSendJob = { emailId: string };
