import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { ReminderSettingsValues } from "./reminder-settings-schema";
import { reminderSettingsSelect, settingsValues } from "./read-reminder-settings";

export type ReminderSettingsView = ReminderSettingsValues & {
  /** The organization saved its own settings (otherwise these are the defaults). */
  saved: boolean;
};

/** The acting organization's reminder settings (organization.read: every role sees them; owners and admins change them). */
export async function getReminderSettings(member: MemberContext): Promise<ReminderSettingsView> {
  assertCan(member, "organization.read");
  const row = await db.reminderSettings.findUnique({
    where: { organizationId: member.organizationId },
    select: reminderSettingsSelect,
  });
  return { ...settingsValues(row), saved: row !== null };
}
