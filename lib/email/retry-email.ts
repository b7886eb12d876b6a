import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { enqueueJob, wakeWorkers } from "@/lib/jobs/enqueue-job";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { recordIdOrNull } from "@/lib/validation/record-id";
import { emailNotFailed, emailNotFound } from "./email-errors";

// An organization's emails that the provider finally refused (status FAILED: a permanent
// refusal, or every retry of the email.send job used up): listed for the dashboard's to-do
// panel and sent again by hand from the document's "Envois" panel. Only the organization's
// own emails: login codes and other emails without an organization are never shown here.

export type RetriedEmail = {
  id: string;
  generation: number;
  /** The document the email carried (a DocumentSend), to refresh its page; null otherwise. */
  documentId: string | null;
};

/**
 * Queues a FAILED email of the member's organization again (documents.issue: the one who may
 * send documents may send their email again). A new generation makes it a new request for the
 * provider (idempotency key email/<id>/<generation>): the refused one is not replayed from the
 * provider's cache. attempts start again from 0; lastError stays until the next attempt says
 * otherwise. The job is inserted in the same transaction as the status change, so a retry is
 * either queued with its job or not at all, and the status condition in the update makes two
 * retries at once queue it once (the second finds it QUEUED: email_not_failed).
 */
export async function retryEmail(member: MemberContext, rawEmailId: unknown, meta: RequestMeta): Promise<RetriedEmail> {
  assertCan(member, "documents.issue");
  const id = recordIdOrNull(rawEmailId);
  if (!id) throw emailNotFound();
  // The queue is started (if this process has not yet) before the transaction opens: starting
  // pg-boss runs its own statements, which on the embedded PGlite (one connection) would wait
  // behind the open transaction until it times out.
  await getJobQueue();
  const retried = await db.$transaction(async (tx) => {
    const updated = await tx.emailMessage.updateManyAndReturn({
      where: { id, organizationId: member.organizationId, status: "FAILED" },
      data: { status: "QUEUED", generation: { increment: 1 }, attempts: 0, failedAt: null },
      select: { id: true, generation: true, template: true },
    });
    const email = updated[0];
    if (!email) {
      const current = await tx.emailMessage.findFirst({
        where: { id, organizationId: member.organizationId },
        select: { status: true },
      });
      throw current ? emailNotFailed(current.status) : emailNotFound();
    }
    const send = await tx.documentSend.findFirst({
      where: { organizationId: member.organizationId, emailMessageId: email.id },
      select: { documentId: true },
    });
    await enqueueJob(QUEUES.emailSend.name, { emailId: email.id }, { tx });
    await recordAudit(tx, {
      action: "email.retried",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "EmailMessage",
      targetId: email.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { generation: email.generation, template: email.template, documentId: send?.documentId ?? null },
    });
    return { id: email.id, generation: email.generation, documentId: send?.documentId ?? null };
  });
  // The job exists once the transaction has committed: only now can this process's workers see it.
  wakeWorkers(QUEUES.emailSend.name);
  return retried;
}

export const FAILED_EMAILS_LIMIT = 10;

export type FailedEmail = {
  id: string;
  to: string[];
  subject: string;
  template: string;
  /** The provider's refusal or the last error. */
  lastError: string | null;
  /** ISO instant (the creation time for a row failed before failedAt was kept). */
  failedAt: string;
  /** The document it carried, when it was a document's send or reminder. */
  document: { id: string; type: DocumentType; number: string | null } | null;
};

export type FailedEmails = { count: number; items: FailedEmail[] };

/**
 * The organization's FAILED emails, newest failure first, at most `limit` (1–50) with the full
 * count (documents.read: what the dashboard shows). Reads the (organizationId, status) index.
 */
export async function listFailedEmails(member: MemberContext, options: { limit?: number } = {}): Promise<FailedEmails> {
  assertCan(member, "documents.read");
  const limit = Math.min(50, Math.max(1, Math.trunc(options.limit ?? FAILED_EMAILS_LIMIT)));
  const where = { organizationId: member.organizationId, status: "FAILED" as const };
  const [count, rows] = await Promise.all([
    db.emailMessage.count({ where }),
    db.emailMessage.findMany({
      where,
      orderBy: [{ failedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, to: true, subject: true, template: true, lastError: true, failedAt: true, createdAt: true },
    }),
  ]);
  // DocumentSend points to its email (no relation in the schema): one query for the page's rows.
  const sends = rows.length
    ? await db.documentSend.findMany({
        where: { organizationId: member.organizationId, emailMessageId: { in: rows.map((row) => row.id) } },
        select: { emailMessageId: true, document: { select: { id: true, type: true, number: true } } },
      })
    : [];
  const documents = new Map(sends.map((send) => [send.emailMessageId, send.document]));
  return {
    count,
    items: rows.map((row) => ({
      id: row.id,
      to: row.to,
      subject: row.subject,
      template: row.template,
      lastError: row.lastError,
      failedAt: (row.failedAt ?? row.createdAt).toISOString(),
      document: documents.get(row.id) ?? null,
    })),
  };
}
