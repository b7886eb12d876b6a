"use server";

import { revalidatePath } from "next/cache";
import { createGroup } from "@/lib/client-groups/create-group";
import { deleteGroup } from "@/lib/client-groups/delete-group";
import { renameGroup } from "@/lib/client-groups/rename-group";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestMeta } from "../../../_shared/session";

// Thin shells over lib/client-groups; the organization is the session's active one.

function refresh() {
  revalidatePath("/clients/groups");
  revalidatePath("/clients");
}

export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "clients.write",
    async (member) => {
      await createGroup(member, { name: formData.get("name") }, await getRequestMeta());
      refresh();
      return { status: "success" };
    },
    { values: formValues(formData) },
  );
}

export async function renameGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "clients.write",
    async (member) => {
      const input = { groupId: formData.get("groupId"), name: formData.get("name") };
      await renameGroup(member, input, await getRequestMeta());
      refresh();
      return { status: "success" };
    },
    { values: formValues(formData) },
  );
}

export async function deleteGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("clients.write", async (member) => {
    await deleteGroup(member, { groupId: formData.get("groupId") }, await getRequestMeta());
    refresh();
    return { status: "success" };
  });
}
