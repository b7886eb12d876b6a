import type { FormCheck } from "@/components/forms/use-form-check";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { quoteAnswerInput } from "@/lib/share-links/quote-answer-schema";

// The public page's quote answer forms checked in the browser with the schema the server parses
// again. Imported on demand only (useFormCheck): it pulls in zod, which the page does not need
// until an answer is submitted (issue 11).

/** "Bon pour accord": the signer's name, the terms, the drawn signature. */
export const acceptCheck: FormCheck = (data) => {
  const result = quoteAnswerInput.safeParse({
    decision: "ACCEPTED",
    signerName: data.get("signerName") ?? undefined,
    termsAccepted: data.get("termsAccepted") ?? undefined,
    signature: data.get("signature") ?? undefined,
  });
  return result.success ? null : fieldErrorsOf(result.error);
};

/** A refusal: its reason. */
export const declineCheck: FormCheck = (data) => {
  const result = quoteAnswerInput.safeParse({ decision: "DECLINED", reason: data.get("reason") ?? undefined });
  return result.success ? null : fieldErrorsOf(result.error);
};
