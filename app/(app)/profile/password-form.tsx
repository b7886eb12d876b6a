"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordRules } from "@/components/forms/password-rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../_shared/form-state";
import { changePasswordAction } from "./actions";
import { formButton } from "./button-styles";
import { profileValidation, type ProfileMessages } from "./profile-messages";

export function PasswordForm({ messages }: { messages: ProfileMessages }) {
  const [state, formAction] = useActionState(changePasswordAction, idleState);
  const [newPassword, setNewPassword] = useState("");
  const t = messages.account.profile.password;
  const rules = messages.auth.signup;
  const fieldErrors = translateFieldErrors(state.fieldErrors, profileValidation(messages));
  const done = state.status === "success" ? format(t.changed, { count: state.values?.sessionsRevoked ?? "0" }) : null;
  return (
    <form
      action={(formData) => {
        formAction(formData);
        setNewPassword("");
      }}
      noValidate
      className="space-y-4"
    >
      <FormAlert message={translateFormError(state.formError, messages.account.errors)} />
      <FormAlert tone="success" message={done} />
      <TextField
        label={t.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.currentPassword}
      />
      <TextField
        label={t.newPassword}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        errors={fieldErrors.newPassword}
        hint={
          <PasswordRules
            value={newPassword}
            title={rules.passwordRulesTitle}
            labels={rules.passwordRules}
            met={rules.ruleMet}
            notMet={rules.ruleNotMet}
          />
        }
      />
      <SubmitButton pendingLabel={messages.common.loading} className={formButton}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
