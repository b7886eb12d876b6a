"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { inviteMember } from "@/lib/invitations/invite-member";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveOrganization, removeMember } from "@/lib/members/remove-member";
import { errorState, formValues, type FormState } from "../../../_shared/form-state";
import { getRequestMeta, getSession } from "../../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, and every rule lives in lib/members and lib/invitations.

const PAGE = "/settings/members";

async function actingMember(permission: Permission) {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, permission);
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const member = await actingMember("members.updateRole");
    await changeMemberRole(
      member,
      { membershipId: formData.get("membershipId"), role: formData.get("role") },
      await getRequestMeta(),
    );
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(PAGE);
  return { status: "success" };
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const member = await actingMember("members.remove");
    await removeMember(member, { membershipId: formData.get("membershipId") }, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(PAGE);
  return { status: "success" };
}

/** Any member may leave (unless they are the last owner); they land on their other organizations. */
export async function leaveOrganizationAction(): Promise<FormState> {
  try {
    const member = await actingMember("organization.read");
    await leaveOrganization(member, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath("/", "layout");
  redirect("/organizations");
}

export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const member = await actingMember("members.invite");
    const sent = await inviteMember(
      member,
      { email: formData.get("email"), role: formData.get("role") },
      await getRequestMeta(),
    );
    revalidatePath(PAGE);
    return { status: "success", message: sent.email };
  } catch (error) {
    return errorState(error, values);
  }
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const member = await actingMember("members.invite");
    await revokeInvitation(member, { invitationId: formData.get("invitationId") }, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(PAGE);
  return { status: "success" };
}
