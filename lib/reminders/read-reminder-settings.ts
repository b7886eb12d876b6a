import "server-only";
import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REMINDER_LANGUAGES, type ReminderSettingsValues } from "./reminder-settings-schema";
import type { ReminderTexts } from "./reminder-texts";

// One organization's reminder settings as the reminders use them, without an access check
// (the daily run and the CLI act for the organization; members go through
// getReminderSettings). No row: reminders off, REMINDER_DAYS's steps, 9 h in Paris, built-in texts.

export const DEFAULT_SEND_HOUR = 9;
export const DEFAULT_TIME_ZONE = "Europe/Paris";

export type ReminderSettingsRow = {
  enabled: boolean;
  steps: number[];
  sendHour: number;
  timeZone: string;
  texts: Prisma.JsonValue;
};

export function defaultReminderSettings(): ReminderSettingsValues {
  return {
    enabled: false,
    steps: [...getEnv().REMINDER_DAYS],
    sendHour: DEFAULT_SEND_HOUR,
    timeZone: DEFAULT_TIME_ZONE,
    texts: storedTexts(null),
  };
}

/** The texts column ({ fr: { subject, message }, … }): anything missing or not text is blank (built-in). */
export function storedTexts(value: Prisma.JsonValue | null): ReminderTexts {
  const object = (item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
  const text = (item: unknown) => (typeof item === "string" ? item : "");
  const all = object(value);
  const texts = {} as ReminderTexts;
  for (const language of REMINDER_LANGUAGES) {
    const own = object(all[language]);
    texts[language] = { subject: text(own.subject), message: text(own.message) };
  }
  return texts;
}

export function settingsValues(row: ReminderSettingsRow | null): ReminderSettingsValues {
  if (!row) return defaultReminderSettings();
  return {
    enabled: row.enabled,
    steps: [...row.steps].sort((a, b) => a - b),
    sendHour: row.sendHour,
    timeZone: row.timeZone,
    texts: storedTexts(row.texts),
  };
}

export const reminderSettingsSelect = {
  enabled: true,
  steps: true,
  sendHour: true,
  timeZone: true,
  texts: true,
} as const;

export async function readReminderSettings(organizationId: string): Promise<ReminderSettingsValues> {
  const row = await db.reminderSettings.findUnique({ where: { organizationId }, select: reminderSettingsSelect });
  return settingsValues(row);
}
