"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { documentSection, formatDay } from "@/components/documents/document-paths";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { duplicateDocument } from "@/lib/documents/duplicate-document";
import { getDocument } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { declineQuote } from "@/lib/documents/quotes/decline-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { isAppError } from "@/lib/errors/app-error";
import { formatMoney } from "@/lib/money/format-money";
import { deletePayment } from "@/lib/payments/delete-payment";
import { recordPayment } from "@/lib/payments/record-payment";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { memberAction } from "../../_shared/member-action";
import { getRequestLocale } from "../../_shared/request-locale";
import { getRequestMeta } from "../../_shared/session";

// The document pages' actions: thin shells. Each parses its form, checks the role with
// requireMember in the session's organization (lib checks it again, with the document's own
// organization), calls one lib function and maps its AppError to a FormState whose parameters
// ({remaining}, {date}, {missing}; the client to fix of an issue refusal) the page shows.

const idOf = (formData: FormData, name = "documentId") => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * errorState plus the details the messages show: amounts left, the last date of a series,
 * missing settings, and the client an issue refusal ("document_not_ready") names fields of.
 */
async function failure(error: unknown, values?: Record<string, string>): Promise<FormState> {
  const state = errorState(error, values);
  if (isAppError(error) && state.formError) {
    const locale = await getRequestLocale();
    const params = { ...state.formError.params };
    const { remainingCents, lastIssueDate, missing, clientId } = error.details;
    if (typeof remainingCents === "number") params.remaining = formatMoney(remainingCents, locale);
    if (typeof lastIssueDate === "string") params.date = formatDay(lastIssueDate, locale);
    if (Array.isArray(missing)) params.missing = missing.join(", ");
    if (typeof clientId === "string") params.clientId = clientId;
    state.formError = { ...state.formError, params };
  }
  return state;
}

/** memberAction with the document pages' error mapping (failure). */
function documentAction(
  permission: Permission,
  call: (member: MemberContext) => Promise<FormState>,
  values?: Record<string, string>,
): Promise<FormState> {
  return memberAction(permission, call, { onError: (error) => failure(error, values) });
}

/** The document's pages and lists show something new. */
function refresh(type: Parameters<typeof documentSection>[0], id: string) {
  const section = documentSection(type);
  revalidatePath(section);
  revalidatePath(`${section}/${id}`);
  revalidatePath("/payments");
}

export async function deleteDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("documents.write", async (member) => {
    const id = idOf(formData);
    const document = await getDocument(member, id);
    await deleteDraft(member, id, await getRequestMeta());
    const section = documentSection(document.type);
    revalidatePath(section);
    if (document.related.sourceQuote) refresh("QUOTE", document.related.sourceQuote.id);
    if (document.related.creditedInvoice) refresh("INVOICE", document.related.creditedInvoice.id);
    redirect(`${section}?notice=deleted`);
  });
}

export async function duplicateDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("documents.write", async (member) => {
    const copy = await duplicateDocument(member, idOf(formData), await getRequestMeta());
    revalidatePath(documentSection(copy.type));
    redirect(`${documentSection(copy.type)}/${copy.id}/edit?notice=duplicated`);
  });
}

export async function issueDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // A document in another currency than EUR is issued with its exchange rate (EUR for 1 unit).
  const exchangeRate = formData.get("exchangeRate");
  const input = typeof exchangeRate === "string" ? { exchangeRate } : {};
  return documentAction(
    "documents.issue",
    async (member) => {
      const issued = await issueDocument(member, idOf(formData), input, await getRequestMeta());
      refresh(issued.type, issued.id);
      if (issued.type === "CREDIT_NOTE") revalidatePath("/invoices", "layout");
      return { status: "success" };
    },
    formValues(formData),
  );
}

export async function sendQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("documents.issue", async (member) => {
    const quote = await sendQuote(member, idOf(formData), {}, await getRequestMeta());
    refresh("QUOTE", quote.id);
    return { status: "success" };
  });
}

export async function acceptQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("documents.write", async (member) => {
    const quote = await acceptQuote(member, idOf(formData), await getRequestMeta());
    refresh("QUOTE", quote.id);
    return { status: "success" };
  });
}

export async function declineQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("documents.write", async (member) => {
    const quote = await declineQuote(member, idOf(formData), await getRequestMeta());
    refresh("QUOTE", quote.id);
    return { status: "success" };
  });
}

export async function convertQuoteToInvoiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("documents.write", async (member) => {
    const quoteId = idOf(formData);
    const converted = await convertQuoteToInvoice(member, quoteId, await getRequestMeta());
    refresh("QUOTE", quoteId);
    refresh("INVOICE", converted.documentId);
    redirect(`/invoices/${converted.documentId}?notice=converted`);
  });
}

export async function convertQuoteToDepositAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = { kind: formData.get("kind") ?? undefined, value: formData.get("value") ?? undefined };
  return documentAction(
    "documents.write",
    async (member) => {
      const quoteId = idOf(formData);
      const converted = await convertQuoteToDeposit(member, quoteId, input, await getRequestMeta());
      refresh("QUOTE", quoteId);
      refresh("DEPOSIT_INVOICE", converted.documentId);
      redirect(`/invoices/${converted.documentId}?notice=depositCreated`);
    },
    formValues(formData),
  );
}

export async function createCreditNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const invoiceId = idOf(formData, "invoiceId");
  const mode = formData.get("mode");
  const input = mode === "AMOUNT" ? { invoiceId, mode, amount: formData.get("amount") ?? "" } : { invoiceId, mode };
  return documentAction(
    "documents.write",
    async (member) => {
      const created = await createCreditNote(member, input, await getRequestMeta());
      refresh("INVOICE", invoiceId);
      refresh("CREDIT_NOTE", created.documentId);
      redirect(`/credit-notes/${created.documentId}?notice=creditNoteCreated`);
    },
    formValues(formData),
  );
}

const paymentFields = ["date", "amount", "method", "reference", "note"] as const;

export async function recordPaymentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = Object.fromEntries(paymentFields.map((field) => [field, formData.get(field) ?? undefined]));
  return documentAction(
    "payments.write",
    async (member) => {
      const { invoice } = await recordPayment(member, idOf(formData, "invoiceId"), input, await getRequestMeta());
      refresh(invoice.type, invoice.id);
      return { status: "success" };
    },
    formValues(formData),
  );
}

export async function deletePaymentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return documentAction("payments.write", async (member) => {
    const { invoice } = await deletePayment(member, idOf(formData, "paymentId"), await getRequestMeta());
    refresh(invoice.type, invoice.id);
    return { status: "success" };
  });
}
