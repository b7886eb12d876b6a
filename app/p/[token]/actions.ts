"use server";

import { revalidatePath } from "next/cache";
import { answerQuote } from "@/lib/share-links/answer-quote";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestMeta } from "../../_shared/session";

// The public quote page's answer: no login — the token in the form is the only credential.
// Thin shell: answerQuote (lib/share-links) rate-limits, resolves the link, checks the input
// with quoteAnswerInput and records the answer; errors come back as field/form codes with
// everything typed (the drawn signature included) so nothing is lost.

export async function answerQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  const decision = formData.get("decision");
  const input =
    decision === "DECLINED"
      ? { decision, reason: formData.get("reason") ?? undefined }
      : {
          decision,
          signerName: formData.get("signerName") ?? undefined,
          termsAccepted: formData.get("termsAccepted") ?? undefined,
          signature: formData.get("signature") ?? undefined,
        };
  try {
    await answerQuote(token, input, await getRequestMeta());
  } catch (error) {
    return errorState(error, formValues(formData, ["token"]));
  }
  revalidatePath(`/p/${token}`);
  return { status: "success" };
}
