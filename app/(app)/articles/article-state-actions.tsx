"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idleState } from "../../_shared/form-state";
import { deleteArticleAction, setArticleArchivedAction } from "./actions";
import type { ArticleMessages } from "./article-messages";

type ArticleStateActionsProps = { articleId: string; archived: boolean; messages: ArticleMessages };

/** Archive / restore and delete, each behind a confirmation dialog; a refusal is shown inline. */
export function ArticleStateActions({ articleId, archived, messages }: ArticleStateActionsProps) {
  const t = messages.articles;
  const router = useRouter();
  const [archiveState, archiveAction] = useActionState(setArticleArchivedAction, idleState);
  const [deleteState, deleteAction] = useActionState(deleteArticleAction, idleState);
  useActionToast(archiveState, t.saved);
  useActionToast(deleteState, t.deleted);
  useEffect(() => {
    if (deleteState.status === "success") router.push("/articles");
  }, [deleteState, router]);
  const fields = { articleId };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {archived ? (
          <ConfirmButton
            title={t.unarchiveTitle}
            body={t.unarchiveBody}
            confirmLabel={t.unarchive}
            cancelLabel={t.cancel}
            action={archiveAction}
            fields={{ ...fields, archived: "0" }}
            tone="default"
            className={buttonClass({ variant: "secondary" })}
          >
            {t.unarchive}
          </ConfirmButton>
        ) : (
          <ConfirmButton
            title={t.archiveTitle}
            body={t.archiveBody}
            confirmLabel={t.archive}
            cancelLabel={t.cancel}
            action={archiveAction}
            fields={{ ...fields, archived: "1" }}
            tone="default"
            className={buttonClass({ variant: "secondary" })}
          >
            {t.archive}
          </ConfirmButton>
        )}
        <ConfirmButton
          title={t.deleteTitle}
          body={t.deleteBody}
          confirmLabel={t.delete}
          cancelLabel={t.cancel}
          action={deleteAction}
          fields={fields}
          className={buttonClass({ variant: "danger" })}
        >
          {t.delete}
        </ConfirmButton>
      </div>
      <FormAlert message={translateFormError(archiveState.formError, messages.articleErrors)} />
      <FormAlert message={translateFormError(deleteState.formError, messages.articleErrors)} />
    </div>
  );
}
