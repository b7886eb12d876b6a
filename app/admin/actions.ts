"use server";

import { revalidatePath } from "next/cache";
import { setOrganizationDisabled } from "@/lib/admin/set-organization-disabled";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { errorState, type FormState } from "../_shared/form-state";
import { getRequestMeta, requirePlatformAdmin } from "../_shared/session";

/** "true" / "false" from a hidden input; anything else is left for the domain to refuse. */
function wantedState(formData: FormData): boolean | undefined {
  const value = formData.get("disabled");
  return value === "true" ? true : value === "false" ? false : undefined;
}

export async function setUserDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePlatformAdmin();
  try {
    await setUserDisabled(admin, { id: formData.get("id"), disabled: wantedState(formData) }, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath("/admin", "layout");
  return { status: "success" };
}

export async function setOrganizationDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePlatformAdmin();
  try {
    await setOrganizationDisabled(
      admin,
      { id: formData.get("id"), disabled: wantedState(formData) },
      await getRequestMeta(),
    );
  } catch (error) {
    return errorState(error);
  }
  revalidatePath("/admin", "layout");
  return { status: "success" };
}
