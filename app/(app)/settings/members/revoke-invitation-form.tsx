"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../../_shared/form-state";
import { revokeInvitationAction } from "./actions";
import type { MembersFormMessages } from "./form-messages";

type RevokeInvitationFormProps = { invitationId: string; email: string; messages: MembersFormMessages };

export function RevokeInvitationForm({ invitationId, email, messages }: RevokeInvitationFormProps) {
  const [state, formAction] = useActionState(revokeInvitationAction, idleState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton
        pendingLabel={messages.common.loading}
        className={buttonClass({ variant: "ghostDanger", size: "xs" })}
      >
        <span aria-hidden="true">{messages.members.revoke}</span>
        <span className="sr-only">{format(messages.members.revokeLabel, { email })}</span>
      </SubmitButton>
      <FormAlert message={translateFormError(state.formError, messages.memberErrors)} />
    </form>
  );
}
