import { db } from "@/lib/db/prisma";

/** The latest email captured for an address (outbox transport), as a person would read it. */
export async function latestEmailTo(email: string) {
  const message = await db.emailMessage.findFirst({
    where: { to: { has: email } },
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

export async function emailCountTo(email: string): Promise<number> {
  return db.emailMessage.count({ where: { to: { has: email } } });
}
