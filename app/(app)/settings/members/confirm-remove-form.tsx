"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { Button, buttonClass } from "@/components/ui/button";
import type { FormState } from "../../../_shared/form-state";
import { idleState } from "../../../_shared/form-state";
import type { MembersFormMessages } from "./form-messages";

type ConfirmRemoveFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  membershipId?: string;
  /** Button that starts the step, the question, and the button that really submits. */
  label: string;
  question: string;
  confirmLabel: string;
  messages: MembersFormMessages;
};

/** Removing someone (or leaving) takes two steps: nothing is sent until the second button. */
export function ConfirmRemoveForm({
  action,
  membershipId,
  label,
  question,
  confirmLabel,
  messages,
}: ConfirmRemoveFormProps) {
  const [state, formAction] = useActionState(action, idleState);
  const [confirming, setConfirming] = useState(false);
  const error = translateFormError(state.formError, messages.memberErrors);
  if (!confirming) {
    return (
      <div className="space-y-1">
        <Button type="button" onClick={() => setConfirming(true)} variant="ghostDanger" size="xs">
          {label}
        </Button>
        <FormAlert message={error} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm">
      {membershipId ? <input type="hidden" name="membershipId" value={membershipId} /> : null}
      <p role="alert" className="text-red-900">
        {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          pendingLabel={messages.common.loading}
          className={buttonClass({ variant: "destructive", size: "xs" })}
        >
          {confirmLabel}
        </SubmitButton>
        <Button type="button" autoFocus onClick={() => setConfirming(false)} variant="secondary" size="xs">
          {messages.members.cancel}
        </Button>
      </div>
      <FormAlert message={error} />
    </form>
  );
}
