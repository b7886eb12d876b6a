"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../_shared/form-state";
import { acceptInvitationAction } from "./actions";

type AcceptFormProps = { token: string; messages: Pick<Messages, "invitationPage" | "memberErrors" | "common"> };

export function AcceptForm({ token, messages }: AcceptFormProps) {
  const [state, formAction] = useActionState(acceptInvitationAction, idleState);
  return (
    <form action={formAction} className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.memberErrors)} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={messages.common.loading}>{messages.invitationPage.accept}</SubmitButton>
    </form>
  );
}
