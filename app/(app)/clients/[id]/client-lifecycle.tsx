"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { translateFormError } from "@/components/forms/translate-errors";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../../_shared/form-state";
import { archiveClientAction, deleteClientAction, unarchiveClientAction } from "../actions";
import type { ClientMessages } from "../client-messages";

type ClientLifecycleProps = {
  client: { id: string; name: string; archived: boolean; documentCount: number };
  messages: ClientMessages;
};

/**
 * Archive (always possible) or delete (only a client no document names). A used client is
 * offered "Archive" only; both ask for confirmation first. Unarchiving needs none.
 */
export function ClientLifecycle({ client, messages }: ClientLifecycleProps) {
  const t = messages.clientDetail;
  const [archiveState, archive] = useActionState(archiveClientAction, idleState);
  const [unarchiveState, unarchive] = useActionState(unarchiveClientAction, idleState);
  const [deleteState, remove] = useActionState(deleteClientAction, idleState);
  useActionToast(archiveState, t.archived);
  useActionToast(unarchiveState, t.unarchived);
  const fields = { clientId: client.id };
  const used = client.documentCount > 0;
  const failed = [archiveState, unarchiveState, deleteState].find((state) => state.status === "error");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {client.archived ? (
          <form action={unarchive}>
            <input type="hidden" name="clientId" value={client.id} />
            <Button type="submit" variant="secondary">
              {t.unarchive}
            </Button>
          </form>
        ) : (
          <ConfirmButton
            title={format(t.archiveTitle, { name: client.name })}
            body={t.archiveBody}
            confirmLabel={t.archiveConfirm}
            cancelLabel={messages.lists.cancel}
            action={archive}
            fields={fields}
            tone="default"
            className={buttonClass({ variant: "secondary" })}
          >
            {t.archive}
          </ConfirmButton>
        )}
        {used ? null : (
          <ConfirmButton
            title={format(t.deleteTitle, { name: client.name })}
            body={t.deleteBody}
            confirmLabel={t.deleteConfirm}
            cancelLabel={messages.lists.cancel}
            action={remove}
            fields={fields}
            className={buttonClass({ variant: "danger" })}
          >
            {t.delete}
          </ConfirmButton>
        )}
      </div>
      {used ? <p className="text-sm text-slate-600">{t.inUseNote}</p> : null}
      <FormAlert message={failed ? translateFormError(failed.formError, messages.clientErrors) : null} />
    </div>
  );
}
