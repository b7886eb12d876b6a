"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import type { Role } from "@/lib/members/member-schemas";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../../_shared/form-state";
import { inviteMemberAction } from "./actions";
import type { MembersFormMessages } from "./form-messages";

type InviteFormProps = { roles: Role[]; messages: MembersFormMessages };

export function InviteForm({ roles, messages }: InviteFormProps) {
  const [state, formAction] = useActionState(inviteMemberAction, idleState);
  const t = messages.members;
  const fieldErrors = translateFieldErrors(state.fieldErrors, {
    ...messages.validation,
    ...messages.memberValidation,
  });
  const defaultRole = roles.includes("MEMBER") ? "MEMBER" : roles[0];
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={state.fieldErrors ? null : translateFormError(state.formError, messages.memberErrors)} />
      <FormAlert
        message={state.status === "success" && state.message ? format(t.invited, { email: state.message }) : null}
        tone="success"
      />
      <div className="grid gap-4 md:grid-cols-[1fr_14rem]">
        <TextField
          label={t.inviteEmail}
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={state.status === "error" ? state.values?.email : undefined}
          errors={fieldErrors.email}
        />
        <SelectField
          label={t.inviteRole}
          name="role"
          defaultValue={(state.status === "error" ? state.values?.role : undefined) ?? defaultRole}
          options={roles.map((role) => ({ value: role, label: messages.roles[role] }))}
          errors={fieldErrors.role}
        />
      </div>
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
        {t.inviteSubmit}
      </SubmitButton>
    </form>
  );
}
