"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { numberingInputFromFields } from "@/lib/organization-settings/numbering";
import { removeLogo } from "@/lib/organization-settings/remove-logo";
import { settingsFormValues } from "@/lib/organization-settings/settings-form-values";
import { updateNumberingFormats } from "@/lib/organization-settings/update-numbering-formats";
import { updateOrganizationSettings } from "@/lib/organization-settings/update-organization-settings";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { errorState, formValues, type FormState } from "../../../_shared/form-state";
import { getRequestLocale } from "../../../_shared/request-locale";
import { getRequestMeta, getSession } from "../../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, and every rule lives in lib/organization-settings.

const PAGE = "/settings/organization";

async function actingMember(permission: Permission) {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, permission);
}

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const member = await actingMember("organization.update");
    const saved = await updateOrganizationSettings(member, values, await getRequestMeta());
    revalidatePath(PAGE);
    // The stored values (normalized: compact SIREN, IBAN in groups…) become the form's.
    return { status: "success", values: settingsFormValues(saved, await getRequestLocale()) };
  } catch (error) {
    return errorState(error, values);
  }
}

export async function updateNumberingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const member = await actingMember("organization.update");
    await updateNumberingFormats(member, numberingInputFromFields(values), await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  } catch (error) {
    return errorState(error, values);
  }
}

export async function uploadLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const member = await actingMember("organization.update");
    const file = formData.get("logo");
    const upload =
      file instanceof File
        ? { data: new Uint8Array(await file.arrayBuffer()), fileName: file.name, declaredType: file.type }
        : { data: new Uint8Array(0) };
    await uploadLogo(member, upload, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(PAGE);
  return { status: "success" };
}

export async function removeLogoAction(): Promise<FormState> {
  try {
    await removeLogo(await actingMember("organization.update"), await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(PAGE);
  return { status: "success" };
}
