"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../_shared/form-state";
import { createOrganizationAction } from "./actions";

type CreateOrganizationFormProps = {
  messages: Pick<Messages, "organizations" | "validation" | "memberErrors" | "common">;
};

export function CreateOrganizationForm({ messages }: CreateOrganizationFormProps) {
  const [state, formAction] = useActionState(createOrganizationAction, idleState);
  const t = messages.organizations;
  const fieldErrors = translateFieldErrors(state.fieldErrors, messages.validation);
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.memberErrors)} />
      <TextField
        label={t.createName}
        name="name"
        autoComplete="organization"
        required
        maxLength={120}
        defaultValue={state.values?.name}
        errors={fieldErrors.name}
      />
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
        {t.createSubmit}
      </SubmitButton>
    </form>
  );
}
