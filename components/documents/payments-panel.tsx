"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { useFormCheck } from "@/components/forms/use-form-check";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { centsToDecimalString, formatMoney } from "@/lib/money/format-money";
import { PAYMENT_METHODS, paymentLimits } from "@/lib/payments/payment-limits";
import { formatDay } from "./document-paths";
import { DialogCancelButton, FormDialog } from "./form-dialog";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type PaymentRow = {
  id: string;
  date: string;
  amountCents: number;
  method: keyof Messages["paymentMethods"];
  reference: string | null;
  note: string | null;
};

export type PaymentsPanelMessages = Pick<
  Messages,
  "payments" | "paymentMethods" | "paymentValidation" | "paymentErrors" | "validation" | "lists" | "common"
>;

type PaymentsPanelProps = {
  invoiceId: string;
  payments: PaymentRow[];
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  /** The invoice is issued (payments can be recorded while something is left to pay). */
  payable: boolean;
  canWrite: boolean;
  /** Today in Paris, "YYYY-MM-DD": the form's default date. */
  today: string;
  locale: Locale;
  recordAction: Action;
  deleteAction: Action;
  messages: PaymentsPanelMessages;
};

const idle: FormState = { status: "idle" };

/** An invoice's payments (règlements): amounts, balance, the list, record and delete. */
export function PaymentsPanel(props: PaymentsPanelProps) {
  const { messages, locale } = props;
  const t = messages.payments;
  const money = (cents: number) => formatMoney(cents, locale);
  const balance = props.totalInclVatCents - props.paidCents - props.creditedCents;
  const [deleteState, deleteAction] = useActionState(props.deleteAction, idle);
  useActionToast(deleteState, t.deleted);
  // Here, not in the dialog: a payment that settles the invoice removes the dialog with its button.
  const [recordState, recordAction] = useActionState(props.recordAction, idle);
  useActionToast(recordState, t.recorded);
  const deleteError =
    deleteState.status === "error" ? translateFormError(deleteState.formError, messages.paymentErrors) : null;

  return (
    <Card aria-labelledby="invoice-payments">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <h2 id="invoice-payments" className="text-lg font-semibold">
          {t.title}
        </h2>
        {props.canWrite && props.payable && balance > 0 ? (
          <RecordPaymentDialog {...props} balanceCents={balance} state={recordState} action={recordAction} />
        ) : null}
      </div>
      <dl className="mb-4 grid gap-3 sm:grid-cols-4">
        <Amount label={t.total} value={money(props.totalInclVatCents)} />
        <Amount label={t.paid} value={money(props.paidCents)} />
        <Amount label={t.credited} value={money(props.creditedCents)} />
        <Amount
          label={balance < 0 ? t.refundDue : t.balance}
          value={money(Math.abs(balance))}
          strong
          testId="invoice-balance"
        />
      </dl>
      {!props.payable ? <p className="text-sm text-slate-600">{t.notPayable}</p> : null}
      {props.payable && !props.canWrite ? <p className="mb-3 text-sm text-slate-600">{t.readOnly}</p> : null}
      <FormAlert message={deleteError} />
      {props.payments.length === 0 ? (
        props.payable ? (
          <p className="text-sm text-slate-600">{t.emptyBody}</p>
        ) : null
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">{t.tableCaption}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t.date}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.method}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.reference}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t.amount}
                </th>
                {props.canWrite ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">{messages.lists.actions}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {props.payments.map((payment) => (
                <tr key={payment.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDay(payment.date, locale)}</td>
                  <td className="py-2 pr-3">{messages.paymentMethods[payment.method]}</td>
                  <td className="py-2 pr-3 break-all text-slate-700">
                    {payment.reference ?? "—"}
                    {payment.note ? <span className="block text-xs text-slate-500">{payment.note}</span> : null}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">{money(payment.amountCents)}</td>
                  {props.canWrite ? (
                    <td className="py-2 text-right">
                      <ConfirmButton
                        title={t.deleteTitle}
                        body={t.deleteBody}
                        confirmLabel={t.delete}
                        cancelLabel={messages.lists.cancel}
                        action={deleteAction}
                        fields={{ paymentId: payment.id }}
                      >
                        <span aria-hidden="true">{t.delete}</span>
                        <span className="sr-only">
                          {format(t.deleteLabel, { date: formatDay(payment.date, locale) })}
                        </span>
                      </ConfirmButton>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function Amount({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className={`tabular-nums ${strong ? "text-lg font-semibold" : "text-base"}`} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

// paymentInput comes with zod: loaded when the dialog opens, not with the page (issue 11).
const loadPaymentCheck = () => import("./dialog-checks").then((module) => module.paymentCheck);

/** The payment form in a dialog, checked in the browser with paymentInput (the server's schema). */
function RecordPaymentDialog(
  props: PaymentsPanelProps & { balanceCents: number; state: FormState; action: (formData: FormData) => void },
) {
  const { messages, locale, state, action } = props;
  const t = messages.payments;
  const { errors: clientErrors, setErrors: setClientErrors, preload, onSubmit } = useFormCheck(loadPaymentCheck);
  const [formKey, setFormKey] = useState(0);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    // A new answer: after a success the next payment starts from the defaults again.
    setAnswered(state);
    if (state.status === "success") {
      setFormKey((key) => key + 1);
      setClientErrors(null);
    }
  }
  const texts = { ...messages.validation, ...messages.paymentValidation };
  const errors = translateFieldErrors(
    clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined),
    texts,
  );
  const fieldErrors = (name: string) => (errors[name]?.length ? errors[name] : undefined);
  const typed = state.status === "error" ? state.values : undefined;
  const balanceText = centsToDecimalString(props.balanceCents, locale === "fr" ? "," : ".");
  const formError =
    state.status === "error" && !state.fieldErrors && !clientErrors
      ? translateFormError(
          {
            code: state.formError?.code ?? "generic",
            params: { remaining: formatMoney(props.balanceCents, locale), ...state.formError?.params },
          },
          messages.paymentErrors,
        )
      : null;

  return (
    <FormDialog
      openLabel={t.record}
      title={t.recordTitle}
      closeOn={state.status === "success" ? state : null}
      buttonClassName={buttonClass()}
      onOpen={preload}
    >
      <form action={action} noValidate className="space-y-4" key={formKey} onSubmit={onSubmit}>
        <input type="hidden" name="invoiceId" value={props.invoiceId} />
        <FormAlert message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t.date}
            name="date"
            type="date"
            max={props.today}
            hint={t.dateHint}
            defaultValue={typed?.date ?? props.today}
            errors={fieldErrors("date")}
          />
          <TextField
            label={t.amount}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            hint={t.amountHint}
            defaultValue={typed?.amount ?? balanceText}
            errors={fieldErrors("amount")}
          />
          <SelectField
            label={t.method}
            name="method"
            defaultValue={typed?.method ?? "TRANSFER"}
            options={PAYMENT_METHODS.map((method) => ({ value: method, label: messages.paymentMethods[method] }))}
            errors={fieldErrors("method")}
          />
          <TextField
            label={t.reference}
            name="reference"
            maxLength={paymentLimits.reference}
            hint={t.referenceHint}
            defaultValue={typed?.reference ?? ""}
            errors={fieldErrors("reference")}
          />
          <TextAreaField
            className="sm:col-span-2"
            label={t.note}
            name="note"
            rows={2}
            maxLength={paymentLimits.note}
            defaultValue={typed?.note ?? ""}
            errors={fieldErrors("note")}
          />
        </div>
        <div className="flex justify-end gap-2">
          <DialogCancelButton>{t.cancel}</DialogCancelButton>
          <SubmitButton pendingLabel={messages.common.loading} className={buttonClass()}>
            {t.submit}
          </SubmitButton>
        </div>
      </form>
    </FormDialog>
  );
}
