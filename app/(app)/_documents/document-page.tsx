import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { DocumentActions } from "@/components/documents/document-actions";
import {
  documentHref,
  documentName,
  documentSection,
  formatDay,
  type DocumentTypeName,
} from "@/components/documents/document-paths";
import { DocumentLinesTable } from "@/components/documents/document-lines-table";
import { PaymentsPanel } from "@/components/documents/payments-panel";
import { PdfPreview } from "@/components/documents/pdf-preview";
import { StatusBadge } from "@/components/documents/status-badge";
import { storedTotals, TotalsPanel } from "@/components/documents/totals-panel";
import { cardClass } from "@/components/ui/card";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import { calendarDate } from "@/lib/documents/calendar-date";
import { isPayableType } from "@/lib/documents/document-status";
import { getDocument, type DocumentDetail, type RelatedDocument } from "@/lib/documents/get-document";
import { isAppError } from "@/lib/errors/app-error";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { storedPdfFingerprint } from "@/lib/pdf/document-pdf";
import { legalMentions } from "@/lib/organization-settings/document-mentions";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";
import { NoticeToast } from "../clients/notice-toast";
import { documentErrorTexts, documentFieldTexts } from "./document-texts";
import {
  acceptQuoteAction,
  convertQuoteToDepositAction,
  convertQuoteToInvoiceAction,
  createCreditNoteAction,
  declineQuoteAction,
  deleteDraftAction,
  deletePaymentAction,
  duplicateDocumentAction,
  issueDocumentAction,
  recordPaymentAction,
  sendQuoteAction,
} from "./lifecycle-actions";
import { SendingButtons, SendsSection } from "./sending-section";
import { ShareLinksSection } from "./share-links-section";
import { formatParisInstant } from "@/lib/dates/format-date";

export type Section = "/quotes" | "/invoices" | "/credit-notes";
type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The document of a page's id, in the section it belongs to (another section's URL redirects there).
 * Once per request: the page's metadata and its body both load it (requireActiveMember gives both
 * the same member).
 */
export const loadDocument = cache(
  async (member: MemberContext, section: Section, id: string): Promise<DocumentDetail> => {
    let document: DocumentDetail;
    try {
      document = await getDocument(member, id);
    } catch (error) {
      // Another organization's document is exactly a missing one.
      if (isAppError(error) && error.kind === "NOT_FOUND") notFound();
      throw error;
    }
    if (documentSection(document.type) !== section) redirect(documentHref(document));
    return document;
  },
);

export function nameOf(document: { type: DocumentTypeName; number: string | null }, messages: Messages) {
  return documentName(document, { types: messages.documentTypes, draft: messages.documentListPages.draftNumber });
}

export function documentMetadata(section: Section) {
  return async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const [{ id }, { messages }] = await Promise.all([params, getRequestMessages()]);
    const member = await requireActiveMember("documents.read");
    const document = await loadDocument(member, section, id);
    return { title: `${nameOf(document, messages)} · ${messages.common.appName}` };
  };
}

const NOTICES = ["duplicated", "converted", "depositCreated", "creditNoteCreated"] as const;

/** A quote, invoice, deposit invoice or credit note: content, totals, related documents, payments, actions. */
export async function DocumentPage(props: { section: Section; params: Params; searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ id }, query, { locale, messages }] = await Promise.all([
    props.params,
    props.searchParams,
    getRequestMessages(),
  ]);
  const document = await loadDocument(member, props.section, id);
  const pdfSha256 = document.editable ? null : await storedPdfFingerprint(member, document.id);
  const t = messages.documentDetail;
  const name = nameOf(document, messages);
  const href = documentHref(document);
  const notice = NOTICES.find((key) => key === query.notice);
  const payable = isPayableType(document.type);
  const creditable = payable ? document.totals.totalInclVatCents - document.creditedCents : 0;
  const money = (cents: number) => formatMoney(cents, locale);
  const documentLanguage = document.language === "en" ? "en" : "fr";

  return (
    <>
      <NoticeToast message={notice ? t[notice] : null} cleanHref={href} />
      <p className="mb-2 text-sm">
        {/* Links here are not prefetched: the pages they lead to are rendered per request, a prefetch
            brings no content ahead (issue 11, Lighthouse). */}
        <Link href={props.section} prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {sectionLabel(props.section, messages)}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
            <StatusBadge status={document.displayStatus} type={document.type} labels={messages.documentStatuses} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            <Link
              href={`/clients/${document.client.id}`}
              prefetch={false}
              className="text-brand-700 underline-offset-2 hover:underline"
            >
              {document.clientSnapshot?.name ?? document.client.name}
            </Link>
            {document.totals ? ` · ${money(document.totals.totalInclVatCents)}` : null}
          </p>
        </div>
        <DocumentActions
          document={{
            id: document.id,
            type: document.type,
            displayStatus: document.displayStatus,
            name,
            creditableCents: creditable,
            currency: document.currency,
            clientId: document.client.id,
          }}
          can={{ write: can(member.role, "documents.write"), issue: can(member.role, "documents.issue") }}
          editHref={`${href}/edit`}
          locale={locale}
          actions={{
            deleteDraft: deleteDraftAction,
            duplicate: duplicateDocumentAction,
            issue: issueDocumentAction,
            send: sendQuoteAction,
            accept: acceptQuoteAction,
            decline: declineQuoteAction,
            convertToInvoice: convertQuoteToInvoiceAction,
            convertToDeposit: convertQuoteToDepositAction,
            createCreditNote: createCreditNoteAction,
          }}
          messages={{
            documentActions: messages.documentActions,
            lists: messages.lists,
            common: messages.common,
            fieldTexts: documentFieldTexts(messages),
            errorTexts: documentErrorTexts(messages),
          }}
        />
        <SendingButtons member={member} document={document} name={name} messages={messages} />
      </div>

      <p
        role="note"
        className={`mb-6 rounded-lg border px-4 py-3 text-sm ${
          document.editable
            ? "border-amber-200 bg-amber-50 text-amber-900"
            : "border-slate-200 bg-slate-50 text-slate-700"
        }`}
      >
        {document.editable ? t.draftNotice : t.frozenNotice}
      </p>

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="document-details" className={cardClass({ className: "lg:col-span-2" })}>
          <h2 id="document-details" className="mb-4 text-lg font-semibold">
            {t.details}
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            {document.title ? <Item label={t.title}>{document.title}</Item> : null}
            <Item label={t.client}>{document.clientSnapshot?.name ?? document.client.name}</Item>
            <Item label={t.issueDate}>{formatDay(document.issueDate, locale, "long")}</Item>
            {document.serviceDate ? (
              <Item label={t.serviceDate}>{formatDay(document.serviceDate, locale, "long")}</Item>
            ) : null}
            {document.type === "QUOTE" ? (
              <Item label={t.validUntil}>{formatDay(document.validUntil, locale, "long")}</Item>
            ) : null}
            {payable ? <Item label={t.dueDate}>{formatDay(document.dueDate, locale, "long")}</Item> : null}
            {document.type !== "CREDIT_NOTE" ? <Item label={t.paymentTerms}>{paymentTerms(document, t)}</Item> : null}
            {document.purchaseOrderNumber ? (
              <Item label={t.purchaseOrderNumber}>{document.purchaseOrderNumber}</Item>
            ) : null}
            <Item label={t.deliveryAddress}>
              <span className="whitespace-pre-line">{document.deliveryAddress ?? t.sameAsBilling}</span>
            </Item>
            <Item label={t.language}>{t.languages[documentLanguage]}</Item>
          </dl>
          {document.notes ? (
            <div className="mt-4">
              <h3 className="text-sm text-slate-500">{t.notes}</h3>
              <p className="mt-0.5 whitespace-pre-line break-words">{document.notes}</p>
            </div>
          ) : null}
        </section>

        <aside className="space-y-6">
          <TotalsPanel
            totals={storedTotals(document)}
            locale={locale}
            currency={document.currency}
            vatExempt={document.vatExempt}
            franchiseMention={legalMentions[documentLanguage].vatFranchise}
            labels={messages.documentEditor}
            headingId="document-totals"
          />
          <RelatedDocuments document={document} locale={locale} messages={messages} />
        </aside>
      </div>

      <DocumentLinesTable
        rows={document.lines.map((line) => ({ ...line, key: line.id, deduction: line.deductedDocumentId !== null }))}
        document={document}
        locale={locale}
        messages={messages}
        headingId="document-lines"
        tableClassName="min-w-[44rem]"
      />

      <div className="mt-6">
        <PdfPreview
          documentId={document.id}
          documentName={name}
          draft={document.editable}
          sha256={pdfSha256}
          facturx={!document.editable && document.type !== "QUOTE"}
          messages={messages.pdfPreview}
        />
      </div>

      {payable ? (
        <div className="mt-6">
          <PaymentsPanel
            invoiceId={document.id}
            payments={document.payments.map((payment) => ({
              id: payment.id,
              date: payment.date,
              amountCents: payment.amountCents,
              method: payment.method,
              reference: payment.reference,
              note: payment.note,
            }))}
            totalInclVatCents={document.totals.totalInclVatCents}
            paidCents={document.paidCents}
            creditedCents={document.creditedCents}
            payable={document.status === "ISSUED"}
            canWrite={can(member.role, "payments.write")}
            today={calendarDate()}
            locale={locale}
            recordAction={recordPaymentAction}
            deleteAction={deletePaymentAction}
            messages={{
              payments: messages.payments,
              paymentMethods: messages.paymentMethods,
              paymentValidation: messages.paymentValidation,
              paymentErrors: messages.paymentErrors,
              validation: messages.validation,
              lists: messages.lists,
              common: messages.common,
            }}
          />
        </div>
      ) : null}

      {document.status !== "DRAFT" ? (
        <div className="mt-6">
          <ShareLinksSection member={member} documentId={document.id} locale={locale} messages={messages} />
        </div>
      ) : null}

      <div className="mt-6">
        <SendsSection member={member} documentId={document.id} locale={locale} messages={messages} />
      </div>
    </>
  );
}

function sectionLabel(section: Section, messages: Messages): string {
  if (section === "/quotes") return messages.nav.quotes;
  if (section === "/credit-notes") return messages.nav.creditNotes;
  return messages.nav.invoices;
}

function paymentTerms(document: DocumentDetail, t: Messages["documentDetail"]): string {
  if (document.paymentTermsDays === null) return t.notSet;
  if (document.paymentTermsDays === 0 && !document.paymentTermsEndOfMonth) return t.paymentOnReceipt;
  return format(document.paymentTermsEndOfMonth ? t.paymentDaysEndOfMonth : t.paymentDays, {
    days: document.paymentTermsDays,
  });
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}

function RelatedDocuments({
  document,
  locale,
  messages,
}: {
  document: DocumentDetail;
  locale: Locale;
  messages: Messages;
}) {
  const t = messages.documentDetail;
  const groups: { label: string; documents: RelatedDocument[] }[] = [
    { label: t.sourceQuote, documents: document.related.sourceQuote ? [document.related.sourceQuote] : [] },
    { label: t.creditedInvoice, documents: document.related.creditedInvoice ? [document.related.creditedInvoice] : [] },
    { label: t.conversions, documents: document.related.conversions },
    { label: t.deductedDeposits, documents: document.related.deductedDeposits },
    { label: t.creditNotes, documents: document.related.creditNotes },
  ].filter((group) => group.documents.length > 0);
  const history = [
    format(t.createdOn, { date: instantDay(document.createdAt, locale) }),
    document.sentAt ? format(t.sentOn, { date: instantDay(document.sentAt, locale) }) : null,
    document.acceptedAt ? format(t.acceptedOn, { date: instantDay(document.acceptedAt, locale) }) : null,
    document.declinedAt ? format(t.declinedOn, { date: instantDay(document.declinedAt, locale) }) : null,
    document.issuedAt ? format(t.issuedOn, { date: instantDay(document.issuedAt, locale) }) : null,
  ].filter((entry): entry is string => entry !== null);
  return (
    <section aria-labelledby="document-related" className={cardClass()}>
      {groups.length > 0 ? (
        <>
          <h2 id="document-related" className="mb-3 text-base font-semibold">
            {t.related}
          </h2>
          <dl className="mb-4 space-y-3 text-sm">
            {groups.map((group) => (
              <div key={group.label}>
                <dt className="text-slate-500">{group.label}</dt>
                {group.documents.map((related) => (
                  <dd key={related.id} className="mt-1 flex flex-wrap items-center justify-between gap-2">
                    <Link
                      href={documentHref(related)}
                      prefetch={false}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {nameOf(related, messages)}
                      {related.issueDate ? ` · ${formatDay(related.issueDate, locale)}` : ""}
                    </Link>
                    <span className="flex items-center gap-2">
                      <span className="tabular-nums">{formatMoney(related.totalInclVatCents, locale)}</span>
                      <StatusBadge
                        status={related.displayStatus}
                        type={related.type}
                        labels={messages.documentStatuses}
                      />
                    </span>
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h2 id={groups.length > 0 ? undefined : "document-related"} className="mb-2 text-base font-semibold">
        {t.history}
      </h2>
      <ul className="space-y-1 text-sm text-slate-700">
        {history.map((entry) => (
          <li key={entry}>{entry}</li>
        ))}
      </ul>
    </section>
  );
}

/** An instant (ISO) as its calendar day in Paris. */
function instantDay(iso: string, locale: Locale): string {
  return formatParisInstant(iso, locale, { dateStyle: "long" });
}
