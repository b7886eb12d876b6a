"use client";

import { useActionState, useState } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { cardClass } from "@/components/ui/card";
import { useFormCheck } from "@/components/forms/use-form-check";
import type { Messages } from "@/lib/i18n/messages/fr";
import { quoteAnswerLimits } from "@/lib/share-links/quote-answer-limits";
import { SignaturePad } from "./signature-pad";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type QuoteAnswerFormProps = {
  token: string;
  action: Action;
  messages: Messages["publicQuote"];
};

const idle: FormState = { status: "idle" };

// quoteAnswerInput comes with zod: loaded when a form is first used, not with the page (issue 11).
const checks = () => import("./answer-checks");
const loadAcceptCheck = () => checks().then((module) => module.acceptCheck);
const loadDeclineCheck = () => checks().then((module) => module.declineCheck);

/** A number that changes with each new answer of an action (a key to remount its form). */
function useAnswerCount(state: FormState): number {
  const [seen, setSeen] = useState({ state, count: 0 });
  if (seen.state !== state) {
    const next = { state, count: seen.count + 1 };
    setSeen(next);
    return next.count;
  }
  return seen.count;
}

/**
 * "Bon pour accord" (name, terms, optional drawn signature) or a refusal with its reason. The
 * browser runs quoteAnswerInput (the server's schema) before sending; the server's field
 * errors show the same way; the server sends the values back, so nothing typed or drawn is lost.
 */
export function QuoteAnswerForm({ token, action, messages: t }: QuoteAnswerFormProps) {
  const [acceptState, acceptAction] = useActionState(action, idle);
  const [declineState, declineAction] = useActionState(action, idle);
  // Each form's browser check (its schema loads when the form is first focused); checking one
  // clears what the other one found, as one answer replaces the other.
  const acceptCheck = useFormCheck(loadAcceptCheck);
  const declineCheck = useFormCheck(loadDeclineCheck);
  // What the server gave back after a refusal (nothing typed or drawn is lost): the fields
  // start from it, remounted for each new answer (React resets a form after its action).
  const acceptValues = acceptState.values ?? {};
  const acceptKey = useAnswerCount(acceptState);
  const declineKey = useAnswerCount(declineState);
  const declineValues = declineState.values ?? {};

  const acceptErrors = translateFieldErrors(
    acceptCheck.errors ?? (acceptState.status === "error" ? acceptState.fieldErrors : undefined),
    t.validation,
  );
  const declineErrors = translateFieldErrors(
    declineCheck.errors ?? (declineState.status === "error" ? declineState.fieldErrors : undefined),
    t.validation,
  );
  const field = (errors: Record<string, string[]>, name: string) => (errors[name]?.length ? errors[name] : undefined);

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        key={`accept-${acceptKey}`}
        action={acceptAction}
        onFocus={() => void acceptCheck.preload()}
        onSubmit={(event) => {
          declineCheck.setErrors(null);
          acceptCheck.onSubmit(event);
        }}
        noValidate
        aria-labelledby="quote-accept-title"
        className={cardClass({ className: "space-y-4" })}
      >
        <h3 id="quote-accept-title" className="text-base font-semibold">
          {t.acceptTitle}
        </h3>
        <FormAlert
          message={acceptState.status === "error" ? translateFormError(acceptState.formError, t.errors) : null}
        />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="decision" value="ACCEPTED" />
        <TextField
          label={t.signerName}
          name="signerName"
          autoComplete="name"
          required
          maxLength={quoteAnswerLimits.signerNameMax}
          defaultValue={acceptValues.signerName ?? ""}
          errors={field(acceptErrors, "signerName")}
        />
        <CheckboxField
          label={t.terms}
          name="termsAccepted"
          required
          defaultChecked={acceptValues.termsAccepted === "on"}
          errors={field(acceptErrors, "termsAccepted")}
        />
        <SignaturePad
          name="signature"
          label={t.signature}
          hint={t.signatureHint}
          canvasLabel={t.signatureCanvas}
          clearLabel={t.clearSignature}
          initialValue={acceptValues.signature}
          errors={field(acceptErrors, "signature")}
        />
        <SubmitButton pendingLabel={t.accepting}>{t.accept}</SubmitButton>
      </form>

      <form
        key={`decline-${declineKey}`}
        action={declineAction}
        onFocus={() => void declineCheck.preload()}
        onSubmit={(event) => {
          acceptCheck.setErrors(null);
          declineCheck.onSubmit(event);
        }}
        noValidate
        aria-labelledby="quote-decline-title"
        className={cardClass({ className: "space-y-4" })}
      >
        <h3 id="quote-decline-title" className="text-base font-semibold">
          {t.declineTitle}
        </h3>
        <FormAlert
          message={declineState.status === "error" ? translateFormError(declineState.formError, t.errors) : null}
        />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="decision" value="DECLINED" />
        <TextAreaField
          label={t.reason}
          name="reason"
          rows={4}
          required
          maxLength={quoteAnswerLimits.reasonMax}
          defaultValue={declineValues.reason ?? ""}
          errors={field(declineErrors, "reason")}
        />
        <SubmitButton
          pendingLabel={t.declining}
          className="inline-flex w-full items-center justify-center rounded-lg border border-red-300 px-4 py-2.5 font-semibold text-red-700 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70"
        >
          {t.decline}
        </SubmitButton>
      </form>
    </div>
  );
}
