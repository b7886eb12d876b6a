"use client";

import { useActionState, useId, useState } from "react";
import { translateFormError } from "@/components/forms/translate-errors";
import { Button } from "@/components/ui/button";

type ActionState = { status: "idle" | "error" | "success"; formError?: { code: string } };

type ConfirmActionFormProps = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden inputs sent with the confirmation (e.g. id and the wanted state). */
  fields: Record<string, string>;
  triggerLabel: string;
  /** The question asked before acting, naming what will happen. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  successMessage: string;
  errors: Record<string, string>;
  danger?: boolean;
};

/**
 * A consequential action in two steps: the button only opens a question, and only "Confirm"
 * submits. Errors and the outcome are announced next to the button.
 */
export function ConfirmActionForm(props: ConfirmActionFormProps) {
  const { action, fields, triggerLabel, question, confirmLabel, cancelLabel, successMessage, errors, danger } = props;
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const error = state.status === "error" ? translateFormError(state.formError, errors) : null;
  return (
    <div className="space-y-2">
      {open ? (
        <form
          action={(formData) => {
            formAction(formData);
            setOpen(false);
          }}
          role="group"
          aria-labelledby={questionId}
          className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3"
        >
          <p id={questionId} className="text-sm text-slate-800">
            {question}
          </p>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="flex gap-2">
            <Button type="submit" autoFocus variant={danger ? "destructive" : "primary"} size="sm">
              {confirmLabel}
            </Button>
            <Button type="button" onClick={() => setOpen(false)} variant="plain" size="sm">
              {cancelLabel}
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" disabled={pending} onClick={() => setOpen(true)} variant="secondary" size="sm">
          {triggerLabel}
        </Button>
      )}
      <div aria-live="polite" className="text-sm">
        {error ? <p className="text-red-700">{error}</p> : null}
        {state.status === "success" && !open && !pending ? <p className="text-green-700">{successMessage}</p> : null}
      </div>
    </div>
  );
}
