import { formatDay } from "@/components/documents/document-paths";
import { DocumentLinesTable } from "@/components/documents/document-lines-table";
import { storedTotals, TotalsPanel } from "@/components/documents/totals-panel";
import { QuoteAnswerForm } from "@/components/share-links/quote-answer-form";
import { GroupedDigits } from "@/components/ui/grouped-digits";
import { isPayableType } from "@/lib/documents/document-status";
import { addressLines } from "@/lib/documents/address-lines";
import type { AddressSnapshot } from "@/lib/documents/document-snapshots";
import { documentMentions } from "@/lib/documents/legal-mentions";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";
import type { PublicDocument } from "@/lib/share-links/public-document";
import { formatParisInstant } from "@/lib/dates/format-date";

// The public page of a share link (/p/[token]) as a view of its PublicDocument: in the
// document's language, from its frozen snapshots, no internal id. Its legal mentions and
// payment conditions are documentMentions()'s — the same function as the PDF's — and its VAT
// column and breakdown name the category like the PDF (vatColumnText).

type AnswerAction = React.ComponentProps<typeof QuoteAnswerForm>["action"];

/** Invoices, deposit invoices and credit notes have a Factur-X e-invoice (XML) too. */
const E_INVOICE_TYPES: readonly PublicDocument["type"][] = ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"];

export function PublicDocumentView({
  document,
  token,
  messages,
  answerAction,
}: {
  document: PublicDocument;
  token: string;
  /** In the document's language. */
  messages: Messages;
  /** The quote's answer (answerQuoteAction). */
  answerAction: AnswerAction;
}) {
  const locale = document.language;
  const t = messages.publicDocument;
  const d = messages.documentDetail;
  const seller = document.seller;
  const sellerName = seller.tradeName ?? seller.legalName;
  const payable = isPayableType(document.type);
  const title = format(t.pageTitle, { type: messages.documentTypes[document.type], number: document.number });
  // What the PDF states, decided once (lib/documents/legal-mentions.ts).
  const stated = documentMentions({ ...document, seller });
  const mentionItems = stated.mentions.map((mention) => mention.text);
  const paymentItems = stated.payment.map((mention) => mention.text);
  const bankItem = stated.payment.find((mention) => mention.key === "bank")?.text;

  return (
    <main id="main" tabIndex={-1} lang={locale} className="mx-auto max-w-4xl px-4 py-8 md:py-12">
      <header className="mb-8 flex flex-wrap items-start justify-between gap-4">
        <div>
          {document.sellerLogoVersion ? (
            // The seller's brand first (the PDF's logo); Facturo stays a line in the footer.
            // A plain img: the route serves the exact bytes, already sized (≤ 600 × 300).
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/public/${token}/logo?v=${document.sellerLogoVersion}`}
              alt={format(t.sellerLogo, { name: sellerName })}
              className="mb-3 h-auto max-h-16 w-auto max-w-[12rem] object-contain"
            />
          ) : null}
          <p className="text-sm font-medium text-slate-600">{sellerName}</p>
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {format(t.statusLine, {
              status: messages.documentStatuses[document.displayStatus] ?? document.displayStatus,
            })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href={`/api/public/${token}/pdf?download=1`}
            download
            rel="noreferrer"
            className="inline-flex items-center rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            {t.download}
          </a>
          {E_INVOICE_TYPES.includes(document.type) ? (
            <a
              href={`/api/public/${token}/facturx.xml`}
              download
              rel="noreferrer"
              className="inline-flex items-center rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-50"
            >
              {t.downloadFacturx}
            </a>
          ) : null}
        </div>
      </header>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="public-seller" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="public-seller" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
            {t.from}
          </h2>
          <p className="font-semibold">{seller.legalName}</p>
          {seller.tradeName && seller.tradeName !== seller.legalName ? <p>{seller.tradeName}</p> : null}
          <Address address={seller.address} language={locale} />
          <dl className="mt-2 space-y-0.5 text-sm text-slate-700">
            <Fact label={t.siren}>
              <GroupedDigits value={seller.siren} kind="siren" />
            </Fact>
            {seller.siret ? (
              <Fact label={t.siret}>
                <GroupedDigits value={seller.siret} kind="siret" />
              </Fact>
            ) : null}
            {seller.vatNumber ? <Fact label={t.vatNumber}>{seller.vatNumber}</Fact> : null}
            {seller.email ? <Fact label={t.email}>{seller.email}</Fact> : null}
            {seller.phone ? <Fact label={t.phone}>{seller.phone}</Fact> : null}
          </dl>
          {seller.rcsCity ? <p className="text-sm text-slate-700">{format(t.rcs, { city: seller.rcsCity })}</p> : null}
          {seller.rmNumber ? (
            <p className="text-sm text-slate-700">{format(t.rm, { number: seller.rmNumber })}</p>
          ) : null}
          {seller.shareCapitalCents !== null ? (
            <p className="text-sm text-slate-700">
              {format(t.shareCapital, { amount: formatMoney(seller.shareCapitalCents, locale) })}
            </p>
          ) : null}
        </section>
        <section aria-labelledby="public-client" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="public-client" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
            {t.to}
          </h2>
          <p className="font-semibold">{document.client.legalName ?? document.client.name}</p>
          <Address address={document.client.billingAddress} language={locale} />
          <dl className="mt-2 space-y-0.5 text-sm text-slate-700">
            {document.client.siren ? (
              <Fact label={t.siren}>
                <GroupedDigits value={document.client.siren} kind="siren" />
              </Fact>
            ) : null}
            {document.client.vatNumber ? <Fact label={t.vatNumber}>{document.client.vatNumber}</Fact> : null}
          </dl>
        </section>
      </div>

      <section aria-labelledby="public-details" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="public-details" className="sr-only">
          {d.details}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <Item label={t.number}>{document.number}</Item>
          {document.title ? <Item label={d.title}>{document.title}</Item> : null}
          <Item label={d.issueDate}>{formatDay(document.issueDate, locale, "long")}</Item>
          {document.serviceDate ? (
            <Item label={d.serviceDate}>{formatDay(document.serviceDate, locale, "long")}</Item>
          ) : null}
          {document.type === "QUOTE" ? (
            <Item label={d.validUntil}>{formatDay(document.validUntil, locale, "long")}</Item>
          ) : null}
          {payable ? <Item label={d.dueDate}>{formatDay(document.dueDate, locale, "long")}</Item> : null}
          {document.purchaseOrderNumber ? (
            <Item label={d.purchaseOrderNumber}>{document.purchaseOrderNumber}</Item>
          ) : null}
          {document.deliveryAddress ? (
            <Item label={d.deliveryAddress}>
              {typeof document.deliveryAddress === "string" ? (
                <span className="whitespace-pre-line">{document.deliveryAddress}</span>
              ) : (
                <Address address={document.deliveryAddress} language={locale} />
              )}
            </Item>
          ) : null}
        </dl>
        {document.creditedInvoice ? (
          <p className="mt-4 text-sm text-slate-700">
            {format(t.creditedInvoice, {
              number: document.creditedInvoice.number ?? "—",
              date: formatDay(document.creditedInvoice.issueDate, locale),
            })}
          </p>
        ) : null}
        {document.notes ? <p className="mt-4 whitespace-pre-line break-words">{document.notes}</p> : null}
      </section>

      <DocumentLinesTable
        rows={document.lines.map((line, index) => ({ ...line, key: String(index) }))}
        document={document}
        locale={document.language}
        messages={messages}
        headingId="public-lines"
        tableClassName="min-w-[40rem]"
      />

      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {/* Only when there is something to say (documentMentions always states the nature of
            operations, but an empty box would read as missing content). */}
        {mentionItems.length > 0 || paymentItems.length > 0 ? (
          <section
            aria-labelledby="public-mentions"
            className="rounded-xl border border-slate-200 bg-white p-5 text-sm"
          >
            {mentionItems.length > 0 ? (
              <>
                <h2 id="public-mentions" className="mb-2 text-base font-semibold">
                  {t.mentionsTitle}
                </h2>
                <ul className="space-y-1 text-slate-700" data-testid="public-mentions">
                  {mentionItems.map((item) => (
                    <li key={item} className="whitespace-pre-line break-words">
                      {item}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {paymentItems.length > 0 ? (
              <>
                <h3
                  id={mentionItems.length > 0 ? undefined : "public-mentions"}
                  className="mt-4 mb-1 font-semibold first:mt-0"
                >
                  {t.paymentTitle}
                </h3>
                <ul className="space-y-1 text-slate-700" data-testid="public-payment">
                  {paymentItems.map((item) => (
                    <li key={item} className="whitespace-pre-line break-words">
                      {item === bankItem && seller.iban ? (
                        // The same words as the PDF, the IBAN in fours for reading (a copy keeps it whole).
                        <>
                          {t.iban} <GroupedDigits value={seller.iban} kind="iban" />
                          {seller.bic ? ` — ${t.bic} ${seller.bic}` : null}
                        </>
                      ) : (
                        item
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : (
          <div aria-hidden="true" className="hidden md:block" />
        )}
        <TotalsPanel
          totals={storedTotals(document)}
          locale={locale}
          currency={document.currency}
          vatExempt={document.vatExempt}
          labels={messages.documentEditor}
          headingId="public-totals"
        />
      </div>

      {document.type === "QUOTE" ? (
        <QuoteAnswer document={document} token={token} messages={messages} action={answerAction} />
      ) : null}

      <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600">
        <p>
          {format(t.contact, { name: sellerName })}
          {seller.email ? (
            <>
              {" · "}
              <a href={`mailto:${seller.email}`} className="text-brand-700 underline-offset-2 hover:underline">
                {seller.email}
              </a>
            </>
          ) : null}
          {seller.phone ? (
            <>
              {" · "}
              <a
                href={`tel:${seller.phone.replace(/\s+/g, "")}`}
                className="text-brand-700 underline-offset-2 hover:underline"
              >
                {seller.phone}
              </a>
            </>
          ) : null}
        </p>
        {seller.footerText?.trim() ? (
          <p className="mt-2 whitespace-pre-line break-words text-xs text-slate-600">{seller.footerText}</p>
        ) : null}
        <p className="mt-1 text-xs text-slate-500">{t.poweredBy}</p>
      </footer>
    </main>
  );
}

function QuoteAnswer({
  document,
  token,
  messages,
  action,
}: {
  document: PublicDocument;
  token: string;
  messages: Messages;
  action: AnswerAction;
}) {
  const t = messages.publicQuote;
  const locale = document.language;
  let body: React.ReactNode;
  if (document.answer) {
    const date = formatParisInstant(document.answer.answeredAt, locale, { dateStyle: "long", time: true });
    body = (
      <p role="status" className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3">
        {format(t.answered[document.answer.decision], { date, name: document.answer.signerName ?? "" })}
      </p>
    );
  } else if (document.answerable) {
    body = (
      <>
        <p className="mb-4 text-slate-700">
          {format(t.answerIntro, { date: formatDay(document.validUntil, locale, "long") })}
        </p>
        <QuoteAnswerForm token={token} action={action} messages={t} />
      </>
    );
  } else {
    const status = document.displayStatus;
    const text =
      status === "ACCEPTED" || status === "DECLINED" || status === "INVOICED" || status === "EXPIRED"
        ? t.answeredByOrganization[status]
        : null;
    if (!text) return null;
    body = <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3">{text}</p>;
  }
  return (
    <section aria-labelledby="public-answer" className="mt-8">
      <h2 id="public-answer" className="mb-3 text-lg font-semibold">
        {t.answerTitle}
      </h2>
      {body}
    </section>
  );
}

function Address({ address, language }: { address: AddressSnapshot; language: DocumentLanguage }) {
  return (
    <address className="not-italic text-slate-700">
      {addressLines(address, language).map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt>{label} :</dt>
      <dd className="break-all">{children}</dd>
    </div>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}
