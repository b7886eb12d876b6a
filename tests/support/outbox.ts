import { db } from "@/lib/db/prisma";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { drainJobs } from "./jobs";

// What a person would find in their mailbox. Emails are queued: as the app's workers would,
// each reader first runs the queued email work (the email.send jobs, and the forgot-password
// jobs that queue emails) in this process, then reads the delivered (SENT) outbox rows.

async function deliverQueued(): Promise<void> {
  await drainJobs({ names: [QUEUES.passwordReset.name, QUEUES.emailSend.name] });
}

/** The latest email delivered to an address (outbox transport), as a person would read it. */
export async function latestEmailTo(email: string) {
  await deliverQueued();
  const message = await db.emailMessage.findFirst({
    where: { to: { has: email }, status: "SENT" },
    orderBy: { createdAt: "desc" },
  });
  if (!message) throw new Error(`no email to ${email}`);
  return message;
}

/** The 6-digit code of the latest email to an address. */
export async function latestCodeFor(email: string): Promise<string> {
  const message = await latestEmailTo(email);
  const code = message.text?.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code in the latest email to ${email}`);
  return code;
}

/** Emails delivered to an address (after running what was queued). */
export async function emailCountTo(email: string): Promise<number> {
  await deliverQueued();
  return db.emailMessage.count({ where: { to: { has: email }, status: "SENT" } });
}
