"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation-with-new-account";
import { setChallengeCookie } from "../../_shared/challenge-cookie";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestLocale } from "../../_shared/request-locale";
import { getRequestMeta, getSession } from "../../_shared/session";

/** A signed-in user accepts; the invitation's email must be theirs (checked in lib). */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const session = await getSession();
    if (!session) throw new AppError("UNAUTHENTICATED", "unauthenticated", "Please sign in");
    await acceptInvitation(session, formData.get("token"), await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  revalidatePath("/", "layout");
  redirect("/dashboard");
}

/** No account yet: create it from the invitation, then the usual emailed-code step. */
export async function acceptWithNewAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password", "token"]);
  try {
    const challenge = await acceptInvitationWithNewAccount(
      formData.get("token"),
      { name: formData.get("name"), password: formData.get("password") },
      await getRequestLocale(),
      await getRequestMeta(),
    );
    await setChallengeCookie(challenge.token, challenge.expiresAt);
  } catch (error) {
    return errorState(error, values);
  }
  redirect("/login/verify");
}
