"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { inviteMember } from "@/lib/invitations/invite-member";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveOrganization, removeMember } from "@/lib/members/remove-member";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestMeta } from "../../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, and every rule lives in lib/members and lib/invitations.

const PAGE = "/settings/members";

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("members.updateRole", async (member) => {
    const input = { membershipId: formData.get("membershipId"), role: formData.get("role") };
    await changeMemberRole(member, input, await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  });
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("members.remove", async (member) => {
    await removeMember(member, { membershipId: formData.get("membershipId") }, await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  });
}

/** Any member may leave (unless they are the last owner); they land on their other organizations. */
export async function leaveOrganizationAction(): Promise<FormState> {
  return memberAction("organization.read", async (member) => {
    await leaveOrganization(member, await getRequestMeta());
    revalidatePath("/", "layout");
    redirect("/organizations");
  });
}

export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "members.invite",
    async (member) => {
      const input = { email: formData.get("email"), role: formData.get("role") };
      const sent = await inviteMember(member, input, await getRequestMeta());
      revalidatePath(PAGE);
      return { status: "success", message: sent.email };
    },
    { values: formValues(formData) },
  );
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("members.invite", async (member) => {
    await revokeInvitation(member, { invitationId: formData.get("invitationId") }, await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  });
}
