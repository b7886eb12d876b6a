"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createOrganization } from "@/lib/organizations/create-organization";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestMeta, getSession } from "../../_shared/session";

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await createOrganization(await getSession(), { name: formData.get("name") }, await getRequestMeta());
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath("/", "layout");
  redirect("/dashboard");
}
