"use server";

import { redirect } from "next/navigation";
import { startLogin } from "@/lib/auth/login/start-login";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { setChallengeCookie } from "../../_shared/challenge-cookie";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestMeta } from "../../_shared/session";

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const challenge = await startLogin(
      { email: formData.get("email"), password: formData.get("password") },
      await getRequestMeta(),
    );
    await setChallengeCookie(challenge.token, challenge.expiresAt);
  } catch (error) {
    return errorState(error, values);
  }
  // Re-checked here: the hidden field is client input like any other.
  const next = safeNextPath(formData.get("next"));
  redirect(next ? `/login/verify?next=${encodeURIComponent(next)}` : "/login/verify");
}
