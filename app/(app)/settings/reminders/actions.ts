"use server";

import { revalidatePath } from "next/cache";
import { reminderSettingsFields, reminderSettingsFromFields } from "@/lib/reminders/reminder-settings-schema";
import { saveReminderSettings } from "@/lib/reminders/save-reminder-settings";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestMeta } from "../../../_shared/session";

// Thin shell: the organization is the session's active one (never a posted id), the role check
// requireMember's (organization.update), every rule in lib/reminders.

const PAGE = "/settings/reminders";

export async function saveReminderSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return memberAction(
    "organization.update",
    async (member) => {
      const saved = await saveReminderSettings(member, reminderSettingsFromFields(values), await getRequestMeta());
      revalidatePath(PAGE);
      // The stored values (steps sorted, texts trimmed) become the form's.
      return { status: "success", values: reminderSettingsFields(saved) };
    },
    { values },
  );
}
