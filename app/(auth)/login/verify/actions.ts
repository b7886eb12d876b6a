"use server";

import { resendChallengeCode } from "@/lib/auth/challenges/create-challenge";
import { readChallengeCookie } from "../../../_shared/challenge-cookie";
import { errorState, type FormState } from "../../../_shared/form-state";
import { getRequestMeta } from "../../../_shared/session";

export async function resendCodeAction(): Promise<FormState> {
  try {
    await resendChallengeCode(await readChallengeCookie(), await getRequestMeta());
    return { status: "success" };
  } catch (error) {
    return errorState(error);
  }
}
