"use server";

import { requestPasswordReset } from "@/lib/auth/password-reset/request-password-reset";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestMeta } from "../../_shared/session";

/** Always the same success for a well-formed address: the page never says whether it has an account. */
export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await requestPasswordReset({ email: formData.get("email") }, await getRequestMeta());
    return { status: "success", values };
  } catch (error) {
    return errorState(error, values);
  }
}
