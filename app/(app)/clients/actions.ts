"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setClientGroups } from "@/lib/client-groups/set-client-groups";
import { archiveClient, unarchiveClient } from "@/lib/clients/archive-client";
import { clientFormValues, clientRawFromForm } from "@/lib/clients/client-form-data";
import { createClient } from "@/lib/clients/create-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { updateClient } from "@/lib/clients/update-client";
import { versionConflictState, type FormState } from "../../_shared/form-state";
import { memberAction } from "../../_shared/member-action";
import { getRequestMeta } from "../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, every rule lives in lib/clients and lib/client-groups.

const LIST = "/clients";

export async function createClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "clients.write",
    async (member) => {
      const { id } = await createClient(member, clientRawFromForm(formData), await getRequestMeta());
      revalidatePath(LIST);
      redirect(`${LIST}/${id}?notice=created`);
    },
    { values: clientFormValues(formData) },
  );
}

export async function updateClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "clients.write",
    async (member) => {
      const input = clientRawFromForm(formData);
      const { id } = await updateClient(member, formData.get("clientId"), input, await getRequestMeta(), {
        expectedUpdatedAt: formData.get("expectedUpdatedAt"),
      });
      revalidatePath(LIST);
      revalidatePath(`${LIST}/${id}`);
      redirect(`${LIST}/${id}?notice=saved`);
    },
    { onError: (error) => versionConflictState(error, clientFormValues(formData), "client_changed") },
  );
}

export async function archiveClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeArchive(formData, true);
}

export async function unarchiveClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeArchive(formData, false);
}

async function changeArchive(formData: FormData, archive: boolean): Promise<FormState> {
  return memberAction("clients.write", async (member) => {
    const change = archive ? archiveClient : unarchiveClient;
    const { id } = await change(member, formData.get("clientId"), await getRequestMeta());
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${id}`);
    return { status: "success" };
  });
}

export async function deleteClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("clients.write", async (member) => {
    await deleteClient(member, formData.get("clientId"), await getRequestMeta());
    revalidatePath(LIST);
    redirect(`${LIST}?notice=deleted`);
  });
}

export async function setClientGroupsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("clients.write", async (member) => {
    const input = { clientId: formData.get("clientId"), groupIds: formData.getAll("groupIds") };
    const { clientId } = await setClientGroups(member, input, await getRequestMeta());
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${clientId}`);
    return { status: "success" };
  });
}
