"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { idleState } from "../../_shared/form-state";
import { deleteAccountAction } from "./actions";
import { profileValidation, type ProfileMessages } from "./profile-messages";

type DeleteAccountFormProps = { deletedWithAccount: string[]; messages: ProfileMessages };

/** The password is the confirmation: a deliberate act, by the account's owner. */
export function DeleteAccountForm({ deletedWithAccount, messages }: DeleteAccountFormProps) {
  const [state, formAction] = useActionState(deleteAccountAction, idleState);
  const t = messages.account.profile.delete;
  const fieldErrors = translateFieldErrors(state.fieldErrors, profileValidation(messages));
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.account.errors)} />
      {deletedWithAccount.length > 0 ? (
        <div className="text-sm text-slate-700">
          <p>{t.deletedWithAccount}</p>
          <ul className="mt-1 list-disc pl-5">
            {deletedWithAccount.map((name, index) => (
              <li key={`${index}-${name}`}>{name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <TextField
        label={t.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
        className="max-w-sm"
      />
      <SubmitButton
        pendingLabel={messages.common.loading}
        className={buttonClass({ variant: "destructive", size: "lg" })}
      >
        {t.submit}
      </SubmitButton>
    </form>
  );
}
