"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idleState } from "../../../_shared/form-state";
import { setClientGroupsAction } from "../actions";
import type { ClientMessages } from "../client-messages";

type ClientGroupsFormProps = {
  clientId: string;
  groups: { id: string; name: string }[];
  selected: string[];
  messages: ClientMessages;
};

/** The client's groups as a checkbox list: the checked set replaces the current one. */
export function ClientGroupsForm({ clientId, groups, selected, messages }: ClientGroupsFormProps) {
  const [state, formAction] = useActionState(setClientGroupsAction, idleState);
  const t = messages.clientDetail;
  useActionToast(state, t.groupsSaved);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <fieldset>
        <legend className="sr-only">{t.groupsLegend}</legend>
        <ul className="flex flex-wrap gap-2">
          {groups.map((group) => (
            <li key={group.id}>
              <label className="flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700">
                <input type="checkbox" name="groupIds" value={group.id} defaultChecked={selected.includes(group.id)} />
                {group.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ variant: "secondary" })}>
        {t.saveGroups}
      </SubmitButton>
      <FormAlert
        message={state.status === "error" ? translateFormError(state.formError, messages.clientErrors) : null}
      />
    </form>
  );
}
