import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatCalendarDay } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import { getReminderSettings } from "@/lib/reminders/get-reminder-settings";
import { timeZoneNames } from "@/lib/reminders/local-clock";
import { reminderSettingsFields } from "@/lib/reminders/reminder-settings-schema";
import { builtInReminderTemplate } from "@/lib/reminders/reminder-texts";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { saveReminderSettingsAction } from "./actions";
import { ReminderSettingsForm } from "./reminder-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reminderSettings.title} · ${messages.common.appName}` };
}

/** Every role reads the organization's reminder settings; owners and admins change them. */
export default async function ReminderSettingsPage() {
  const member = await requireActiveMember("organization.read");
  const { locale, messages } = await getRequestMessages();
  const t = messages.reminderSettings;
  const canEdit = can(member.role, "organization.update");
  const settings = await getReminderSettings(member);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {messages.settings.organization.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>
      <p className="mb-6 mt-1 text-sm text-slate-600">
        {settings.lastRun
          ? format(settings.lastRun.finished ? t.lastRun : t.lastRunPending, {
              day: formatCalendarDay(settings.lastRun.day, locale, "long"),
              count: settings.lastRun.sentCount,
            })
          : t.neverRun}
      </p>
      {canEdit ? null : (
        <p role="note" className="mb-6 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t.readOnlyNotice}
        </p>
      )}
      <ReminderSettingsForm
        fields={reminderSettingsFields(settings)}
        canEdit={canEdit}
        timeZones={timeZoneNames()}
        builtIn={{ fr: builtInReminderTemplate("fr"), en: builtInReminderTemplate("en") }}
        messages={{ reminderSettings: t, loading: messages.common.loading, errors: messages.settings.errors }}
        saveAction={saveReminderSettingsAction}
      />
    </>
  );
}
