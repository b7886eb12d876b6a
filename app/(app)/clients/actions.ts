"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { setClientGroups } from "@/lib/client-groups/set-client-groups";
import { archiveClient, unarchiveClient } from "@/lib/clients/archive-client";
import { clientFormValues, clientRawFromForm } from "@/lib/clients/client-form-data";
import { createClient } from "@/lib/clients/create-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { updateClient } from "@/lib/clients/update-client";
import { errorState, type FormState } from "../../_shared/form-state";
import { getRequestMeta, getSession } from "../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, every rule lives in lib/clients and lib/client-groups.

const LIST = "/clients";

async function actingMember(permission: Permission) {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, permission);
}

export async function createClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const member = await actingMember("clients.write");
    ({ id } = await createClient(member, clientRawFromForm(formData), await getRequestMeta()));
  } catch (error) {
    return errorState(error, clientFormValues(formData));
  }
  revalidatePath(LIST);
  redirect(`${LIST}/${id}?notice=created`);
}

export async function updateClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const member = await actingMember("clients.write");
    ({ id } = await updateClient(
      member,
      formData.get("clientId"),
      clientRawFromForm(formData),
      await getRequestMeta(),
    ));
  } catch (error) {
    return errorState(error, clientFormValues(formData));
  }
  revalidatePath(LIST);
  revalidatePath(`${LIST}/${id}`);
  redirect(`${LIST}/${id}?notice=saved`);
}

export async function archiveClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeArchive(formData, true);
}

export async function unarchiveClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeArchive(formData, false);
}

async function changeArchive(formData: FormData, archive: boolean): Promise<FormState> {
  try {
    const member = await actingMember("clients.write");
    const change = archive ? archiveClient : unarchiveClient;
    const { id } = await change(member, formData.get("clientId"), await getRequestMeta());
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${id}`);
    return { status: "success" };
  } catch (error) {
    return errorState(error);
  }
}

export async function deleteClientAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const member = await actingMember("clients.write");
    await deleteClient(member, formData.get("clientId"), await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(LIST);
  redirect(`${LIST}?notice=deleted`);
}

export async function setClientGroupsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const member = await actingMember("clients.write");
    const input = { clientId: formData.get("clientId"), groupIds: formData.getAll("groupIds") };
    const { clientId } = await setClientGroups(member, input, await getRequestMeta());
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${clientId}`);
    return { status: "success" };
  } catch (error) {
    return errorState(error);
  }
}
