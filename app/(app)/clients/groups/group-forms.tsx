"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { GROUP_NAME_MAX } from "@/lib/client-groups/group-schemas";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../../_shared/form-state";
import { fieldMessages, type ClientMessages } from "../client-messages";
import { createGroupAction, deleteGroupAction, renameGroupAction } from "./actions";

type Messages = { messages: ClientMessages };

/** A field error of the group name (required, too long, taken) next to its input. */
function nameErrors(fieldErrors: Record<string, string[]> | undefined, messages: ClientMessages) {
  return translateFieldErrors(fieldErrors, fieldMessages(messages)).name;
}

export function CreateGroupForm({ messages }: Messages) {
  const [state, formAction] = useActionState(createGroupAction, idleState);
  const t = messages.clientGroups;
  const form = useRef<HTMLFormElement>(null);
  useActionToast(state, t.created);
  // A created group leaves an empty field for the next one (React resets it; keep the focus there).
  useEffect(() => {
    if (state.status === "success") form.current?.querySelector("input")?.focus();
  }, [state]);
  return (
    <form ref={form} action={formAction} noValidate className="flex flex-wrap items-start gap-3">
      <TextField
        className="min-w-56 flex-1"
        label={t.createName}
        name="name"
        required
        maxLength={GROUP_NAME_MAX}
        autoComplete="off"
        defaultValue={state.status === "error" ? state.values?.name : undefined}
        errors={nameErrors(state.fieldErrors, messages)}
      />
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ className: "mt-6" })}>
        {t.createSubmit}
      </SubmitButton>
      <div className="basis-full">
        <FormAlert
          message={
            state.status === "error" && !state.fieldErrors
              ? translateFormError(state.formError, messages.clientErrors)
              : null
          }
        />
      </div>
    </form>
  );
}

export function RenameGroupForm({ group, messages }: Messages & { group: { id: string; name: string } }) {
  const [state, formAction] = useActionState(renameGroupAction, idleState);
  const t = messages.clientGroups;
  useActionToast(state, t.renamed);
  const errors = nameErrors(state.fieldErrors, messages);
  return (
    <form action={formAction} noValidate className="space-y-1">
      <input type="hidden" name="groupId" value={group.id} />
      <div className="flex flex-wrap items-center gap-2">
        <input
          name="name"
          aria-label={format(t.renameLabel, { name: group.name })}
          aria-invalid={errors ? true : undefined}
          required
          maxLength={GROUP_NAME_MAX}
          defaultValue={state.status === "error" ? state.values?.name : group.name}
          className="min-w-40 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-500"
        />
        <SubmitButton
          pendingLabel={messages.common.loading}
          className={buttonClass({ variant: "secondary", className: "!px-3 !py-1" })}
        >
          {t.rename}
        </SubmitButton>
      </div>
      {errors ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <FormAlert
        message={
          state.status === "error" && !state.fieldErrors
            ? translateFormError(state.formError, messages.clientErrors)
            : null
        }
      />
    </form>
  );
}

export function DeleteGroupButton({
  group,
  messages,
}: Messages & { group: { id: string; name: string; clientCount: number } }) {
  const [state, formAction] = useActionState(deleteGroupAction, idleState);
  const t = messages.clientGroups;
  useActionToast(state, t.deleted);
  return (
    <div className="space-y-1">
      <ConfirmButton
        title={format(t.deleteTitle, { name: group.name })}
        body={format(t.deleteBody, { count: group.clientCount })}
        confirmLabel={t.deleteConfirm}
        cancelLabel={messages.lists.cancel}
        action={formAction}
        fields={{ groupId: group.id }}
      >
        {t.delete}
        <span className="sr-only"> {group.name}</span>
      </ConfirmButton>
      <FormAlert
        message={state.status === "error" ? translateFormError(state.formError, messages.clientErrors) : null}
      />
    </div>
  );
}
