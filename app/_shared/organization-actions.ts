"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { switchOrganization } from "@/lib/organizations/switch-organization";
import { getRequestMeta, getSession } from "./session";

/** The organization switcher's form: membership is checked on the server, whatever was posted. */
export async function switchOrganizationAction(formData: FormData): Promise<void> {
  const session = await getSession();
  if (!session) redirect("/login");
  try {
    await switchOrganization(session, { organizationId: formData.get("organizationId") }, await getRequestMeta());
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Not a member (any more), disabled, or a forged id: the list shows what is possible.
    redirect("/organizations");
  }
  revalidatePath("/", "layout");
  redirect("/dashboard");
}
