"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass, type ButtonStyle } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";

type State = { status: "idle" | "error" | "success"; formError?: { code: string } };
type Action = (previous: State, formData: FormData) => Promise<State>;

export type WebhookActionFormProps = {
  action: Action;
  /** Hidden fields (the endpoint's or the delivery's id…). */
  fields: Record<string, string>;
  label: string;
  /** A longer accessible name when the label alone is ambiguous (a row's "Resend"). */
  ariaLabel?: string;
  pendingLabel: string;
  /** The toast after a success. */
  done: string;
  errors: Record<string, string>;
  variant?: ButtonStyle["variant"];
};

/** One button that runs one non-destructive action (enable, send a test, resend), with a toast. */
export function WebhookActionForm({
  action,
  fields,
  label,
  ariaLabel,
  pendingLabel,
  done,
  errors,
  variant = "secondary",
}: WebhookActionFormProps) {
  const [state, formAction] = useActionState(action, { status: "idle" } as State);
  // The toast says what was asked when the button was pressed: after the action the page
  // re-renders with the new state, and the button (and its `done`) may be the opposite one.
  const [asked, setAsked] = useState(done);
  useActionToast(state, asked);
  return (
    <form action={formAction} onSubmit={() => setAsked(done)} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel} className={buttonClass({ variant, size: "sm" })}>
        {ariaLabel ? (
          <>
            <span aria-hidden="true">{label}</span>
            <span className="sr-only">{ariaLabel}</span>
          </>
        ) : (
          label
        )}
      </SubmitButton>
      <FormAlert message={state.status === "error" ? translateFormError(state.formError, errors) : null} />
    </form>
  );
}
