"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFormCheck } from "@/components/forms/use-form-check";
import { useActionToast } from "@/components/ui/use-action-toast";
import { allowsAction, type DocumentActionName } from "@/lib/documents/document-rules";
import type { DisplayStatus } from "@/lib/documents/document-status";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import type { DocumentTypeName } from "./document-paths";
import { DialogCancelButton, FormDialog } from "./form-dialog";
import { primaryActionOf, type PrimaryAction } from "./primary-action";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};
export type DocumentAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type DocumentActionsProps = {
  document: {
    id: string;
    type: DocumentTypeName;
    displayStatus: DisplayStatus;
    /** "Facture F-2026-0001" / "Facture (brouillon)": dialog titles. */
    name: string;
    /** What credit notes may still take off an issued invoice (incl. VAT). */
    creditableCents: number;
    /** ISO 4217: another one than EUR asks for the exchange rate at issue. */
    currency?: string;
    /** The client, for the link to fix what an issue refusal names on it. */
    clientId?: string;
  };
  can: { write: boolean; issue: boolean };
  editHref: string;
  locale: Locale;
  actions: {
    deleteDraft: DocumentAction;
    duplicate: DocumentAction;
    issue: DocumentAction;
    send: DocumentAction;
    accept: DocumentAction;
    decline: DocumentAction;
    convertToInvoice: DocumentAction;
    convertToDeposit: DocumentAction;
    createCreditNote: DocumentAction;
  };
  messages: {
    documentActions: Messages["documentActions"];
    lists: Messages["lists"];
    common: Messages["common"];
    /** Field error codes → texts. */
    fieldTexts: Record<string, string>;
    /** Form error codes → texts. */
    errorTexts: Record<string, string>;
  };
};

const idle: FormState = { status: "idle" };
const primary =
  "inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70";
const secondary =
  "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";
const danger =
  "inline-flex items-center justify-center rounded-lg border border-red-200 bg-white px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50";

/**
 * What can be done with a document in its state, each behind the check the server makes
 * again: edit/delete/issue a draft (issue and delete ask first), send/accept/decline a quote,
 * convert it to an invoice or a deposit invoice, credit an issued invoice, duplicate anything.
 */
export function DocumentActions(props: DocumentActionsProps) {
  const { document, can, messages } = props;
  const t = messages.documentActions;
  const fields = { documentId: document.id };
  const [deleteState, deleteDraft] = useActionState(props.actions.deleteDraft, idle);
  const [duplicateState, duplicate] = useActionState(props.actions.duplicate, idle);
  // The issue's state lives here, not in its dialog: a success re-renders the page without
  // the dialog (the document is no longer a draft), and the toast must still show.
  const [issueState, issue] = useActionState(props.actions.issue, idle);
  const [sendState, send] = useActionState(props.actions.send, idle);
  const [acceptState, accept] = useActionState(props.actions.accept, idle);
  const [declineState, decline] = useActionState(props.actions.decline, idle);
  const [convertState, convert] = useActionState(props.actions.convertToInvoice, idle);
  useActionToast(issueState, document.type === "CREDIT_NOTE" ? t.issuedCreditNote : t.issued);
  useActionToast(sendState, t.sent);
  useActionToast(acceptState, t.accepted);
  useActionToast(declineState, t.declined);
  // An issue's refusal shows in its dialog, which stays open with it.
  const failed = [deleteState, duplicateState, sendState, acceptState, declineState, convertState].find(
    (state) => state.status === "error",
  );

  const draft = document.displayStatus === "DRAFT";
  // What the state allows is lib's table (the lifecycle functions check the same one).
  const allows = (action: DocumentActionName) => allowsAction(action, document.type, document.displayStatus);
  // One filled button per state (the page's sending buttons follow the same rule).
  const primaryAction = primaryActionOf(document.type, document.displayStatus);
  const emphasis = (action: PrimaryAction) => (primaryAction === action ? primary : secondary);
  const convertible = allows("convertQuote");
  const creditable = allows("createCreditNote") && document.creditableCents > 0;

  // Sending a quote numbers it, like an issue: documents.issue (sendQuote checks it too).
  if (!can.write && !(can.issue && draft)) return null;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        {allows("edit") && can.write ? (
          <Link href={props.editHref} prefetch={false} className={secondary}>
            {t.edit}
          </Link>
        ) : null}
        {allows("issue") && can.issue ? (
          <IssueDialog {...props} state={issueState} formAction={issue} buttonClassName={emphasis("issue")} />
        ) : null}
        {allows("sendQuote") && can.issue ? (
          <ConfirmButton
            title={t.sendTitle}
            body={t.sendBody}
            confirmLabel={t.sendConfirm}
            cancelLabel={messages.lists.cancel}
            action={send}
            fields={fields}
            tone="default"
            className={secondary}
          >
            {t.send}
          </ConfirmButton>
        ) : null}
        {allows("answerQuote") && can.write ? (
          <>
            <form action={accept}>
              <input type="hidden" name="documentId" value={document.id} />
              <SubmitButton pendingLabel={messages.common.loading} className={emphasis("accept")}>
                {t.accept}
              </SubmitButton>
            </form>
            <ConfirmButton
              title={t.declineTitle}
              body={t.declineBody}
              confirmLabel={t.declineConfirm}
              cancelLabel={messages.lists.cancel}
              action={decline}
              fields={fields}
              tone="default"
              className={secondary}
            >
              {t.decline}
            </ConfirmButton>
          </>
        ) : null}
        {convertible && can.write ? (
          <>
            <ConfirmButton
              title={t.convertTitle}
              body={t.convertBody}
              confirmLabel={t.convertConfirm}
              cancelLabel={messages.lists.cancel}
              action={convert}
              fields={fields}
              tone="default"
              className={emphasis("convert")}
            >
              {t.convert}
            </ConfirmButton>
            <DepositDialog {...props} />
          </>
        ) : null}
        {creditable && can.write ? <CreditNoteDialog {...props} /> : null}
        {can.write ? (
          <form action={duplicate}>
            <input type="hidden" name="documentId" value={document.id} />
            <SubmitButton pendingLabel={messages.common.loading} className={secondary}>
              {t.duplicate}
            </SubmitButton>
          </form>
        ) : null}
        {allows("delete") && can.write ? (
          <ConfirmButton
            title={t.deleteTitle}
            body={t.deleteBody}
            confirmLabel={t.deleteConfirm}
            cancelLabel={messages.lists.cancel}
            action={deleteDraft}
            fields={fields}
            className={danger}
          >
            {t.delete}
          </ConfirmButton>
        ) : null}
      </div>
      <FormAlert message={failed ? translateFormError(failed.formError, messages.errorTexts) : null} />
    </div>
  );
}

// The dialogs' checks (dialog-checks.ts) come with zod: loaded when a dialog opens, not with the page.
const checks = () => import("./dialog-checks");
const loadExchangeRateCheck = () => checks().then((module) => module.exchangeRateCheck);
const loadDepositCheck = () => checks().then((module) => module.depositCheck);
const loadCreditNoteCheck = () => checks().then((module) => module.creditNoteCheck);

function useDialogForm(action: DocumentAction, load: typeof loadDepositCheck) {
  const [state, formAction] = useActionState(action, idle);
  return { state, formAction, ...useClientCheck(state, load) };
}

/** The browser's check of a dialog's form before it is sent; its errors, else the server's. */
function useClientCheck(state: FormState, load: typeof loadDepositCheck) {
  const { errors, preload, onSubmit } = useFormCheck(load);
  const fieldErrors = errors ?? (state.status === "error" ? state.fieldErrors : undefined);
  return { onSubmit, preload, fieldErrors };
}

/** Where each field an issue refusal names is fixed (lib/documents/check-issue-readiness.ts, einvoiceProblems). */
type FixPlace = "settings" | "client" | "document";

function fixPlaceOf(field: string): FixPlace {
  if (field.startsWith("seller.") || field === "number" || field === "currency") return "settings";
  if (field.startsWith("client.")) return "client";
  return "document";
}

/** "lines.2.vatExemptionCode" → 3 (the line's number as the editor shows it). */
function lineNumberOf(field: string): number | null {
  const match = field.match(/^lines\.(\d+)(?:\.|$)/);
  return match ? Number(match[1]) + 1 : null;
}

/**
 * Issuing a draft: the confirmation (a number is assigned, nothing can change after), the
 * exchange rate of a document in another currency (EUR for 1 unit), and what the server
 * refuses ("document_not_ready": each missing mention translated, with a link to where it is
 * fixed — nothing was numbered). Stays open until the issue succeeds.
 */
function IssueDialog({
  document,
  messages,
  editHref,
  state,
  formAction,
  buttonClassName,
}: DocumentActionsProps & { state: FormState; formAction: (formData: FormData) => void; buttonClassName: string }) {
  const t = messages.documentActions;
  const foreign = Boolean(document.currency && document.currency !== "EUR");
  // Only a document in another currency asks for something to check (its exchange rate).
  const { onSubmit, preload, fieldErrors } = useClientCheck(state, loadExchangeRateCheck);
  const errors = translateFieldErrors(fieldErrors, messages.fieldTexts);
  const refused = state.status === "error";
  const formError = refused ? translateFormError(state.formError, messages.errorTexts) : null;
  const notReady = refused && state.formError?.code === "document_not_ready";
  const clientId = String(state.formError?.params?.clientId ?? document.clientId ?? "");
  const links: Record<FixPlace, { href: string | null; label: string }> = {
    settings: { href: "/settings/organization", label: t.fixSettings },
    client: { href: clientId ? `/clients/${clientId}/edit` : null, label: t.fixClient },
    document: { href: editHref, label: t.fixLines },
  };
  const groups = new Map<FixPlace, string[]>();
  if (notReady) {
    for (const [field, texts] of Object.entries(errors)) {
      if (field === "exchangeRate" && foreign) continue; // shown on its field
      const line = lineNumberOf(field);
      const place = fixPlaceOf(field);
      const list = groups.get(place) ?? [];
      for (const text of texts) list.push(line === null ? text : format(t.notReadyLine, { n: line, message: text }));
      groups.set(place, list);
    }
  }
  return (
    <FormDialog
      openLabel={t.issue}
      title={format(t.issueTitle, { document: document.name })}
      description={document.type === "CREDIT_NOTE" ? t.issueCreditNoteBody : t.issueBody}
      closeOn={state.status === "success" ? state : idle}
      buttonClassName={buttonClassName}
      onOpen={foreign ? preload : undefined}
    >
      <form action={formAction} onSubmit={foreign ? onSubmit : undefined} noValidate className="space-y-4">
        <input type="hidden" name="documentId" value={document.id} />
        <FormAlert message={formError} />
        {groups.size > 0 ? (
          <section aria-labelledby="issue-not-ready" className="rounded-lg border border-red-200 p-3 text-sm">
            <h3 id="issue-not-ready" className="font-semibold text-slate-900">
              {t.notReadyTitle}
            </h3>
            <ul className="mt-2 space-y-3">
              {(["settings", "client", "document"] as const)
                .filter((place) => groups.has(place))
                .map((place) => (
                  <li key={place}>
                    <ul className="list-disc space-y-1 pl-5 text-red-800">
                      {groups.get(place)!.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                    {links[place].href ? (
                      <Link
                        href={links[place].href!}
                        className="mt-1 inline-block font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
                      >
                        {links[place].label}
                      </Link>
                    ) : null}
                  </li>
                ))}
            </ul>
          </section>
        ) : null}
        {foreign ? (
          <TextField
            label={format(t.exchangeRate, { currency: document.currency! })}
            name="exchangeRate"
            inputMode="decimal"
            autoComplete="off"
            required
            hint={t.exchangeRateHint}
            defaultValue={state.values?.exchangeRate}
            errors={errors.exchangeRate?.length ? errors.exchangeRate : undefined}
          />
        ) : null}
        <div className="flex justify-end gap-2">
          <DialogCancelButton>{messages.lists.cancel}</DialogCancelButton>
          <SubmitButton pendingLabel={messages.common.loading} className={primary}>
            {t.issueConfirm}
          </SubmitButton>
        </div>
      </form>
    </FormDialog>
  );
}

/** A deposit invoice for a percentage or an amount incl. VAT of the quote (depositInput). */
function DepositDialog({ document, actions, messages }: DocumentActionsProps) {
  const t = messages.documentActions;
  const [kind, setKind] = useState<"PERCENT" | "AMOUNT">("PERCENT");
  const { state, formAction, onSubmit, preload, fieldErrors } = useDialogForm(
    actions.convertToDeposit,
    loadDepositCheck,
  );
  const errors = translateFieldErrors(fieldErrors, messages.fieldTexts);
  const formError =
    state.status === "error" && !state.fieldErrors ? translateFormError(state.formError, messages.errorTexts) : null;
  return (
    <FormDialog openLabel={t.deposit} title={t.depositTitle} description={t.depositBody} onOpen={preload}>
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <input type="hidden" name="documentId" value={document.id} />
        <FormAlert message={formError} />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t.depositKind}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {(["PERCENT", "AMOUNT"] as const).map((option) => (
              <label key={option} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                {option === "PERCENT" ? t.depositPercent : t.depositAmount}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          // A percentage is no amount: switching the kind starts the value over.
          key={kind}
          label={kind === "PERCENT" ? t.depositPercentValue : t.depositAmountValue}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={state.values?.value}
          errors={errors.value?.length ? errors.value : undefined}
        />
        <div className="flex justify-end gap-2">
          <DialogCancelButton>{messages.lists.cancel}</DialogCancelButton>
          <SubmitButton pendingLabel={messages.common.loading} className={primary}>
            {t.depositSubmit}
          </SubmitButton>
        </div>
      </form>
    </FormDialog>
  );
}

/** A credit note of an issued invoice: all of it, or an amount incl. VAT (creditNoteInput). */
function CreditNoteDialog({ document, actions, messages, locale }: DocumentActionsProps) {
  const t = messages.documentActions;
  const [mode, setMode] = useState<"FULL" | "AMOUNT">("FULL");
  const { state, formAction, onSubmit, preload, fieldErrors } = useDialogForm(
    actions.createCreditNote,
    loadCreditNoteCheck,
  );
  const errors = translateFieldErrors(fieldErrors, messages.fieldTexts);
  const remaining = formatMoney(document.creditableCents, locale);
  const formError =
    state.status === "error" && !state.fieldErrors
      ? translateFormError(
          { code: state.formError?.code ?? "generic", params: { remaining, ...state.formError?.params } },
          messages.errorTexts,
        )
      : null;
  return (
    <FormDialog
      openLabel={t.creditNote}
      title={t.creditNoteTitle}
      description={format(t.creditNoteBody, { remaining })}
      onOpen={preload}
    >
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <input type="hidden" name="invoiceId" value={document.id} />
        <FormAlert message={formError} />
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{t.creditMode}</legend>
          {(["FULL", "AMOUNT"] as const).map((option) => (
            <label key={option} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="mode"
                value={option}
                className="mt-1"
                checked={mode === option}
                onChange={() => setMode(option)}
              />
              <span>
                <span className="block font-medium">{option === "FULL" ? t.creditFull : t.creditAmount}</span>
                <span className="block text-slate-600">
                  {option === "FULL" ? t.creditFullHint : t.creditAmountHint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {mode === "AMOUNT" ? (
          <TextField
            label={t.creditAmountValue}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={state.values?.amount}
            errors={errors.amount?.length ? errors.amount : undefined}
          />
        ) : null}
        <p className="text-sm text-slate-600">{t.creditLinesHint}</p>
        <div className="flex justify-end gap-2">
          <DialogCancelButton>{messages.lists.cancel}</DialogCancelButton>
          <SubmitButton pendingLabel={messages.common.loading} className={primary}>
            {t.creditSubmit}
          </SubmitButton>
        </div>
      </form>
    </FormDialog>
  );
}
