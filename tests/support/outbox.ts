import { db } from "@/lib/db/prisma";

/**
 * The latest email delivered to an address (outbox transport), as a person would read it.
 * Emails are queued: only SENT ones count, so a test runs the queue first (drainJobs()).
 */
export async function latestEmailTo(email: string) {
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

/** Every email to an address, queued or delivered (drain first to count what the jobs queue). */
export async function emailCountTo(email: string): Promise<number> {
  return db.emailMessage.count({ where: { to: { has: email } } });
}
