"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import type { Role } from "@/lib/members/member-schemas";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../../_shared/form-state";
import { changeRoleAction } from "./actions";
import type { MembersFormMessages } from "./form-messages";

type RoleFormProps = {
  membershipId: string;
  memberName: string;
  role: Role;
  /** Only the roles the acting user may hand out (the server checks again). */
  roles: Role[];
  messages: MembersFormMessages;
};

export function RoleForm({ membershipId, memberName, role, roles, messages }: RoleFormProps) {
  const [state, formAction] = useActionState(changeRoleAction, idleState);
  const t = messages.members;
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex items-center gap-2">
        <select
          // A new element for a new saved role: React's form reset after the action would
          // otherwise show the role first rendered (facebook/react#32362, as in SelectField).
          key={role}
          name="role"
          defaultValue={role}
          aria-label={format(t.roleOf, { name: memberName })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {messages.roles[option]}
            </option>
          ))}
        </select>
        <SubmitButton
          pendingLabel={messages.common.loading}
          className={buttonClass({ variant: "secondary", size: "xs" })}
        >
          {t.saveRole}
        </SubmitButton>
      </div>
      <FormAlert message={translateFormError(state.formError, messages.memberErrors)} />
      <FormAlert message={state.status === "success" ? t.roleSaved : null} tone="success" />
    </form>
  );
}
