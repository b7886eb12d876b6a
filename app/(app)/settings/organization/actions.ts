"use server";

import { revalidatePath } from "next/cache";
import { numberingInputFromFields } from "@/lib/organization-settings/numbering";
import { removeLogo } from "@/lib/organization-settings/remove-logo";
import { settingsFormValues } from "@/lib/organization-settings/settings-form-values";
import { updateNumberingFormats } from "@/lib/organization-settings/update-numbering-formats";
import { updateOrganizationSettings } from "@/lib/organization-settings/update-organization-settings";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestLocale } from "../../../_shared/request-locale";
import { getRequestMeta } from "../../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, and every rule lives in lib/organization-settings.

const PAGE = "/settings/organization";

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return memberAction(
    "organization.update",
    async (member) => {
      const saved = await updateOrganizationSettings(member, values, await getRequestMeta());
      revalidatePath(PAGE);
      // The stored values (normalized: compact SIREN, IBAN in groups…) become the form's.
      return { status: "success", values: settingsFormValues(saved, await getRequestLocale()) };
    },
    { values },
  );
}

export async function updateNumberingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return memberAction(
    "organization.update",
    async (member) => {
      await updateNumberingFormats(member, numberingInputFromFields(values), await getRequestMeta());
      revalidatePath(PAGE);
      return { status: "success" };
    },
    { values },
  );
}

export async function uploadLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("organization.update", async (member) => {
    const file = formData.get("logo");
    const upload =
      file instanceof File
        ? { data: new Uint8Array(await file.arrayBuffer()), fileName: file.name, declaredType: file.type }
        : { data: new Uint8Array(0) };
    await uploadLogo(member, upload, await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  });
}

export async function removeLogoAction(): Promise<FormState> {
  return memberAction("organization.update", async (member) => {
    await removeLogo(member, await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  });
}
