"use client";

import { useActionState, useId, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { useFormCheck } from "@/components/forms/use-form-check";
import { sendLimits } from "@/lib/sending/send-limits";
import { restorePlaceholders, showPlaceholders } from "@/lib/sending/sending-texts";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import { DialogCancelButton, FormDialog } from "./form-dialog";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};
export type SendAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type SendDocumentDialogProps = {
  documentId: string;
  /** SEND: "Envoyer par e-mail"; REMINDER: "Relancer" (an overdue invoice). */
  kind: "SEND" | "REMINDER";
  /** "Facture F-2026-00001": the dialog's title. */
  documentName: string;
  /** The client's addresses: the only possible recipients (all checked at first). */
  clientEmails: string[];
  defaults: { subject: string; message: string };
  /** A draft quote: it is numbered when sent; {number} and {validUntil} are filled in then. */
  draftQuote?: boolean;
  /** The page's primary action (a filled button) or one of its others (outlined); SEND only. */
  emphasis?: "primary" | "secondary";
  action: SendAction;
  messages: {
    sending: Messages["sending"];
    sendingValidation: Messages["sendingValidation"];
    /** Form error codes → texts (sendingErrors plus the document and quote errors). */
    errorTexts: Record<string, string>;
    common: Messages["common"];
  };
};

const idle: FormState = { status: "idle" };
const openerClasses = {
  SECONDARY: buttonClass({ variant: "secondary", disabledLook: "unavailable" }),
  SEND: buttonClass({ disabledLook: "unavailable" }),
  REMINDER: buttonClass({ variant: "caution", disabledLook: "unavailable" }),
};

/**
 * Sends a document (or a payment reminder) to the client by email: its addresses as
 * checkboxes, the subject and message prefilled in the document's language. Checked in the
 * browser with sendDocumentInput, the schema the server parses again. Without any client
 * address the button is disabled and says why.
 */
export function SendDocumentDialog(props: SendDocumentDialogProps) {
  const { messages, kind } = props;
  const t = messages.sending;
  const [state, action] = useActionState(props.action, idle);
  useActionToast(state, kind === "REMINDER" ? t.reminderSent : t.sent);
  const check = useFormCheck(loadSendCheck);
  const openLabel = kind === "REMINDER" ? t.remind : t.send;
  const noEmailId = useId();
  const openerClass = openerClasses[kind === "SEND" && props.emphasis === "secondary" ? "SECONDARY" : kind];

  if (props.clientEmails.length === 0) {
    return (
      <div className="flex max-w-xs flex-col items-end gap-1">
        <button type="button" disabled aria-describedby={noEmailId} className={openerClass}>
          {openLabel}
        </button>
        <p id={noEmailId} className="text-right text-xs text-slate-600">
          {t.noEmail}
        </p>
      </div>
    );
  }

  return (
    <FormDialog
      openLabel={openLabel}
      title={format(kind === "REMINDER" ? t.remindTitle : t.sendTitle, { document: props.documentName })}
      description={
        kind === "REMINDER" ? t.remindDescription : props.draftQuote ? t.draftQuoteDescription : t.sendDescription
      }
      closeOn={state.status === "success" ? state : null}
      buttonClassName={openerClass}
      onOpen={check.preload}
    >
      <SendForm {...props} state={state} formAction={action} check={check} />
    </FormDialog>
  );
}

// sendDocumentInput comes with zod: loaded when the dialog opens, not with the page (issue 11).
const loadSendCheck = () => import("./dialog-checks").then((module) => module.sendCheck);

function SendForm(
  props: SendDocumentDialogProps & {
    state: FormState;
    formAction: (formData: FormData) => void;
    check: ReturnType<typeof useFormCheck>;
  },
) {
  const { messages, state, kind } = props;
  const t = messages.sending;
  // No browser errors are left to clear after a success: a form reaches the server only once
  // its check found nothing (useFormCheck then holds null).
  const { errors: clientErrors, onSubmit } = props.check;
  const [formKey, setFormKey] = useState(0);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    // After a success the next send starts from the defaults again.
    setAnswered(state);
    if (state.status === "success") setFormKey((key) => key + 1);
  }
  const recipientsId = useId();
  const errors = translateFieldErrors(
    clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined),
    messages.sendingValidation,
  );
  const recipientErrors = [
    ...new Set(Object.entries(errors).flatMap(([field, list]) => (field.startsWith("recipients") ? list : []))),
  ];
  const fieldErrors = (name: string) => (errors[name]?.length ? errors[name] : undefined);
  const typed = state.status === "error" ? state.values : undefined;
  // A draft quote's {number} and {validUntil} read as "[numéro]"… here, and go back as placeholders.
  const labels = { number: t.numberPlaceholder, validUntil: t.validUntilPlaceholder };
  const shown = (text: string) => (props.draftQuote ? showPlaceholders(text, labels) : text);
  const submitted = (data: FormData) => {
    if (!props.draftQuote) return data;
    for (const name of ["subject", "message"]) {
      const value = data.get(name);
      if (typeof value === "string") data.set(name, restorePlaceholders(value, labels));
    }
    return data;
  };
  const chosen = typed?.recipients !== undefined ? typed.recipients.split("\n") : props.clientEmails;
  const formError =
    state.status === "error" && !state.fieldErrors && !clientErrors
      ? translateFormError(state.formError ?? { code: "generic" }, messages.errorTexts)
      : null;

  return (
    <form
      key={formKey}
      action={(data) => props.formAction(submitted(data))}
      noValidate
      className="space-y-4"
      onSubmit={onSubmit}
    >
      <input type="hidden" name="documentId" value={props.documentId} />
      <FormAlert message={formError} />
      <fieldset
        aria-describedby={`${recipientsId}-hint${recipientErrors.length ? ` ${recipientsId}-error` : ""}`}
        aria-invalid={recipientErrors.length > 0 || undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t.recipients}</legend>
        <p id={`${recipientsId}-hint`} className="mt-1 text-sm text-slate-600">
          {t.recipientsHint}
        </p>
        <ul className="mt-2 space-y-1">
          {props.clientEmails.map((email) => (
            <li key={email}>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="recipients"
                  value={email}
                  defaultChecked={chosen.includes(email)}
                  aria-invalid={recipientErrors.length > 0 || undefined}
                  className="h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-600/30"
                />
                <span className="break-all">{email}</span>
              </label>
            </li>
          ))}
        </ul>
        {recipientErrors.length > 0 ? (
          <ul id={`${recipientsId}-error`} className="mt-1 text-sm text-red-700">
            {recipientErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <TextField
        label={t.subject}
        name="subject"
        maxLength={sendLimits.subject}
        autoComplete="off"
        defaultValue={shown(typed?.subject ?? props.defaults.subject)}
        errors={fieldErrors("subject")}
      />
      <TextAreaField
        label={t.message}
        name="message"
        rows={10}
        maxLength={sendLimits.message}
        defaultValue={shown(typed?.message ?? props.defaults.message)}
        errors={fieldErrors("message")}
      />
      <div className="flex justify-end gap-2">
        <DialogCancelButton>{t.cancel}</DialogCancelButton>
        <SubmitButton pendingLabel={messages.common.loading} className={buttonClass()}>
          {kind === "REMINDER" ? t.submitReminder : t.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
