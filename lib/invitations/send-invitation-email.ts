import "server-only";
import { db } from "@/lib/db/prisma";
import { queueEmail } from "@/lib/email/queue-email";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { getEnv } from "@/lib/env/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/get-messages";
import { isLocale } from "@/lib/i18n/locales";
import { INVITATION_TTL_DAYS } from "./invitation-rules";

export function invitationUrl(token: string): string {
  return `${getEnv().APP_URL.replace(/\/+$/, "")}/invitations/${token}`;
}

/** Emails the link, written in the inviter's language (we know nothing of the invitee's yet). */
export async function sendInvitationEmail(input: {
  to: string;
  token: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  inviterId: string;
}): Promise<void> {
  const inviter = await db.user.findUniqueOrThrow({
    where: { id: input.inviterId },
    select: { name: true, locale: true },
  });
  const locale = isLocale(inviter.locale) ? inviter.locale : "fr";
  const email = await invitationEmail({
    locale,
    organizationName: input.organizationName,
    inviterName: inviter.name,
    roleLabel: getMessages(locale).roles[input.role],
    url: invitationUrl(input.token),
    expiresInDays: INVITATION_TTL_DAYS,
  });
  await queueEmail({ ...email, to: [input.to], organizationId: input.organizationId });
}
