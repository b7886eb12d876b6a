"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/access/require-member";
import { createGroup } from "@/lib/client-groups/create-group";
import { deleteGroup } from "@/lib/client-groups/delete-group";
import { renameGroup } from "@/lib/client-groups/rename-group";
import { errorState, formValues, type FormState } from "../../../_shared/form-state";
import { getRequestMeta, getSession } from "../../../_shared/session";

// Thin shells over lib/client-groups; the organization is the session's active one.

async function writer() {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, "clients.write");
}

function refresh() {
  revalidatePath("/clients/groups");
  revalidatePath("/clients");
}

export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await createGroup(await writer(), { name: formData.get("name") }, await getRequestMeta());
  } catch (error) {
    return errorState(error, formValues(formData));
  }
  refresh();
  return { status: "success" };
}

export async function renameGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = { groupId: formData.get("groupId"), name: formData.get("name") };
    await renameGroup(await writer(), input, await getRequestMeta());
  } catch (error) {
    return errorState(error, formValues(formData));
  }
  refresh();
  return { status: "success" };
}

export async function deleteGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await deleteGroup(await writer(), { groupId: formData.get("groupId") }, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  refresh();
  return { status: "success" };
}
