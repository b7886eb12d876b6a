"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import type { Messages } from "@/lib/i18n/messages/fr";
import type { RecurringStatusValue } from "@/lib/recurring/recurring-types";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  message?: string;
};
export type RecurringAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type RecurringActionsProps = {
  profileId: string;
  status: RecurringStatusValue;
  can: { write: boolean; issue: boolean };
  editHref: string;
  actions: { pause: RecurringAction; resume: RecurringAction; end: RecurringAction; runNow: RecurringAction };
  messages: {
    recurringDetail: Messages["recurringDetail"];
    lists: Messages["lists"];
    common: Messages["common"];
    /** Field error codes → texts (a resume refused for its recipients). */
    fieldTexts: Record<string, string>;
    /** Error codes → texts. */
    errorTexts: Record<string, string>;
  };
};

const idle: FormState = { status: "idle" };

/**
 * What can be done with a profile in its state, each checked again by the server: edit, pause
 * an active one, resume a paused or stopped one, end it (asks first: it is final), and
 * "Générer maintenant" for members who may issue invoices.
 */
export function RecurringActions(props: RecurringActionsProps) {
  const { profileId, status, can, messages } = props;
  const t = messages.recurringDetail;
  const [pauseState, pause] = useActionState(props.actions.pause, idle);
  const [resumeState, resume] = useActionState(props.actions.resume, idle);
  const [endState, end] = useActionState(props.actions.end, idle);
  const [runState, runNow] = useActionState(props.actions.runNow, idle);
  useActionToast(pauseState, t.paused);
  useActionToast(resumeState, t.resumed);
  useActionToast(endState, t.ended);
  useRunToast(runState, t);

  const failed = [pauseState, resumeState, endState, runState].find((state) => state.status === "error");
  const failure = failed ? errorText(failed, messages) : null;
  if (!can.write && !can.issue) return null;

  const secondary = buttonClass({ variant: "secondary" });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        {status === "ACTIVE" && can.issue ? (
          <ConfirmButton
            title={t.runNowTitle}
            body={t.runNowBody}
            confirmLabel={t.runNowConfirm}
            cancelLabel={messages.lists.cancel}
            action={runNow}
            fields={{ profileId }}
            tone="default"
            className={buttonClass()}
          >
            {t.runNow}
          </ConfirmButton>
        ) : null}
        {status !== "ENDED" && can.write ? (
          <Link href={props.editHref} prefetch={false} className={secondary}>
            {t.edit}
          </Link>
        ) : null}
        {status === "ACTIVE" && can.write ? (
          <form action={pause}>
            <input type="hidden" name="profileId" value={profileId} />
            <SubmitButton pendingLabel={messages.common.loading} className={secondary}>
              {t.pause}
            </SubmitButton>
          </form>
        ) : null}
        {(status === "PAUSED" || status === "STOPPED") && can.write ? (
          <form action={resume}>
            <input type="hidden" name="profileId" value={profileId} />
            <SubmitButton pendingLabel={messages.common.loading} className={buttonClass()}>
              {t.resume}
            </SubmitButton>
          </form>
        ) : null}
        {status !== "ENDED" && can.write ? (
          <ConfirmButton
            title={t.endTitle}
            body={t.endBody}
            confirmLabel={t.endConfirm}
            cancelLabel={messages.lists.cancel}
            action={end}
            fields={{ profileId }}
            className={buttonClass({ variant: "danger" })}
          >
            {t.endAction}
          </ConfirmButton>
        ) : null}
      </div>
      <FormAlert message={failure} />
    </div>
  );
}

/** The run's toast says what it made: an invoice, nothing, or an invoice it could not email. */
function useRunToast(state: FormState, t: Messages["recurringDetail"]) {
  const shown = useRef<FormState | null>(null);
  useEffect(() => {
    if (state.status !== "success" || shown.current === state) return;
    shown.current = state;
    if (state.message === "sendFailed") toast.warning(t.sendFailed);
    else if (state.message === "nothing") toast.info(t.nothingGenerated);
    else toast.success(t.generatedNow);
  }, [state, t]);
}

function errorText(state: FormState, messages: RecurringActionsProps["messages"]): string | null {
  const fields = Object.values(state.fieldErrors ?? {})
    .flat()
    .map((code) => messages.fieldTexts[code] ?? code);
  const main = translateFormError(state.formError, messages.errorTexts);
  return [main, ...new Set(fields)].filter(Boolean).join(" ") || null;
}
