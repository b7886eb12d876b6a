"use server";

import { redirect } from "next/navigation";
import { signUp } from "@/lib/auth/signup/sign-up";
import { setChallengeCookie } from "../../_shared/challenge-cookie";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestLocale } from "../../_shared/request-locale";
import { getRequestMeta } from "../../_shared/session";

export async function signupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const challenge = await signUp(
      {
        name: formData.get("name"),
        email: formData.get("email"),
        password: formData.get("password"),
        organizationName: formData.get("organizationName"),
      },
      await getRequestLocale(),
      await getRequestMeta(),
    );
    await setChallengeCookie(challenge.token, challenge.expiresAt);
  } catch (error) {
    return errorState(error, values);
  }
  redirect("/login/verify");
}
