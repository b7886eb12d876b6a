"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/password-reset/reset-password";
import { errorState, type FormState } from "../../../_shared/form-state";
import { getRequestMeta } from "../../../_shared/session";

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let email: string;
  try {
    ({ email } = await resetPassword(
      { token: formData.get("token"), password: formData.get("password") },
      await getRequestMeta(),
    ));
  } catch (error) {
    return errorState(error);
  }
  redirect(`/login?${new URLSearchParams({ email, reset: "1" })}`);
}
