import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { REMINDER_LANGUAGES, reminderSettingsInput, type ReminderSettingsValues } from "./reminder-settings-schema";
import { reminderSettingsSelect, settingsValues } from "./read-reminder-settings";

// Reminders are an organization setting (organization.update: OWNER, ADMIN); the other roles
// read them. Nothing is written when a field is invalid (VALIDATION "invalid_input" with the
// fields' codes) or when nothing changed; a change is audited with what it changed.

/** Saves the organization's reminder settings (nested input: reminderSettingsFromFields for the form's fields). */
export async function saveReminderSettings(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<ReminderSettingsValues> {
  assertCan(member, "organization.update");
  const next: ReminderSettingsValues = parseInput(reminderSettingsInput, rawInput);
  const organizationId = member.organizationId;

  return db.$transaction(async (tx) => {
    const row = await tx.reminderSettings.findUnique({ where: { organizationId }, select: reminderSettingsSelect });
    const before = settingsValues(row);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of ["enabled", "steps", "sendHour", "timeZone"] as const) {
      if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) {
        changes[key] = { before: before[key], after: next[key] };
      }
    }
    // The texts can be long: the audit names the languages whose text changed, not the text.
    const textsChanged = REMINDER_LANGUAGES.filter(
      (language) => JSON.stringify(before.texts[language]) !== JSON.stringify(next.texts[language]),
    );
    if (row && Object.keys(changes).length === 0 && textsChanged.length === 0) return before;

    const data = {
      enabled: next.enabled,
      steps: next.steps,
      sendHour: next.sendHour,
      timeZone: next.timeZone,
      texts: next.texts,
    };
    await tx.reminderSettings.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data });
    await recordAudit(tx, {
      action: "organization.reminders_updated",
      organizationId,
      actorId: member.userId,
      targetType: "ReminderSettings",
      targetId: organizationId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { ...changes, ...(textsChanged.length > 0 ? { textsChanged } : {}) },
    });
    return next;
  });
}
