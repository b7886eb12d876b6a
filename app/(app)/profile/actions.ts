"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { resendChallengeCode } from "@/lib/auth/challenges/create-challenge";
import { isAppError } from "@/lib/errors/app-error";
import { changePassword } from "@/lib/users/change-password";
import { confirmEmailChange } from "@/lib/users/confirm-email-change";
import { deleteAccount } from "@/lib/users/delete-account";
import { startEmailChange } from "@/lib/users/start-email-change";
import { updateProfile } from "@/lib/users/update-profile";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { LOCALE_COOKIE } from "../../_shared/request-locale";
import { getRequestMeta, requireSession } from "../../_shared/session";
import { clearSessionCookies } from "../../_shared/session-cookies";
import { clearEmailChangeCookie, readEmailChangeCookie, setEmailChangeCookie } from "./email-change-cookie";

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireSession();
  const values = formValues(formData);
  try {
    const profile = await updateProfile(
      session,
      { name: formData.get("name"), locale: formData.get("locale") },
      await getRequestMeta(),
    );
    // The interface follows the preference at once (the cookie is what pages read).
    (await cookies()).set(LOCALE_COOKIE, profile.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath("/", "layout");
  return { status: "success" };
}

export async function startEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireSession();
  const values = formValues(formData);
  try {
    const challenge = await startEmailChange(
      session,
      { newEmail: formData.get("newEmail"), currentPassword: formData.get("currentPassword") },
      await getRequestMeta(),
    );
    await setEmailChangeCookie(challenge.token, challenge.expiresAt);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath("/profile");
  return { status: "success" };
}

export async function confirmEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireSession();
  try {
    await confirmEmailChange(session, await readEmailChangeCookie(), formData.get("code"), await getRequestMeta());
  } catch (error) {
    return codeErrorState(error);
  }
  await clearEmailChangeCookie();
  revalidatePath("/", "layout");
  redirect("/profile?emailChanged=1");
}

export async function resendEmailCodeAction(): Promise<FormState> {
  await requireSession();
  try {
    await resendChallengeCode(await readEmailChangeCookie(), await getRequestMeta());
    return { status: "success" };
  } catch (error) {
    return errorState(error);
  }
}

export async function cancelEmailChangeAction(): Promise<void> {
  await requireSession();
  await clearEmailChangeCookie();
  revalidatePath("/profile");
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireSession();
  try {
    const result = await changePassword(
      session,
      { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") },
      await getRequestMeta(),
    );
    return { status: "success", values: { sessionsRevoked: String(result.sessionsRevoked) } };
  } catch (error) {
    return errorState(error);
  }
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireSession();
  try {
    await deleteAccount(session, { password: formData.get("password") }, await getRequestMeta());
  } catch (error) {
    return errorState(error);
  }
  // The sessions went with the account; the browser forgets its cookies too.
  await clearSessionCookies();
  await clearEmailChangeCookie();
  redirect("/");
}

/** errorState, plus the tries left after a wrong code (the message says how many). */
function codeErrorState(error: unknown): FormState {
  const state = errorState(error);
  if (isAppError(error) && typeof error.details.attemptsLeft === "number" && state.formError) {
    state.formError.params = { ...state.formError.params, count: error.details.attemptsLeft };
  }
  return state;
}
