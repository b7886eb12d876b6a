import { DocumentsTable } from "@/components/documents/documents-table";
import { Pagination } from "@/components/lists/pagination";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import { getClientBalance, listClientDocuments } from "@/lib/documents/lists/client-documents";
import { documentListParams, parseDocumentListQuery } from "@/lib/documents/lists/document-list-query";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { pickTableLabels } from "../../_documents/document-list-page";

type ClientDocumentsProps = {
  member: MemberContext;
  clientId: string;
  archived: boolean;
  /** The client page's search parameters: ?sort=&dir=&page=&type= belong to this section. */
  searchParams: Record<string, string | string[] | undefined>;
  locale: Locale;
  messages: Messages;
};

/** The documents section of a client page: balance, every document of the client, new quote/invoice links. */
export async function ClientDocuments({
  member,
  clientId,
  archived,
  searchParams,
  locale,
  messages,
}: ClientDocumentsProps) {
  const [page, balance] = await Promise.all([
    listClientDocuments(member, clientId, searchParams),
    getClientBalance(member, clientId),
  ]);
  const query = parseDocumentListQuery("client", searchParams);
  const params = documentListParams({ ...query, page: page.page });
  const t = messages.clientDocuments;
  const pathname = `/clients/${clientId}`;
  const canWrite = can(member.role, "documents.write") && !archived;
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <Card aria-labelledby="client-documents" className="mt-6">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 id="client-documents" className="text-lg font-semibold">
            {messages.clientDetail.documentsTitle}
          </h2>
          <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2">
            <div>
              <dt className="text-sm text-slate-500">{balance.balanceCents < 0 ? t.refundDue : t.balance}</dt>
              <dd className="text-xl font-semibold tabular-nums" data-testid="client-balance">
                {money(Math.abs(balance.balanceCents))}
              </dd>
            </div>
            {balance.overdueCents > 0 ? (
              <div>
                <dt className="text-sm text-slate-500">{t.overdue}</dt>
                <dd className="text-xl font-semibold tabular-nums text-red-700">{money(balance.overdueCents)}</dd>
              </div>
            ) : null}
          </dl>
          <p className="mt-1 text-sm text-slate-600">{t.balanceHint}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/payments?client=${clientId}`} variant="secondary">
            {t.payments}
          </ButtonLink>
          {canWrite ? (
            <>
              <ButtonLink href={`/quotes/new?client=${clientId}`} variant="secondary">
                {t.newQuote}
              </ButtonLink>
              <ButtonLink href={`/invoices/new?client=${clientId}`} variant="secondary">
                {t.newInvoice}
              </ButtonLink>
            </>
          ) : null}
        </div>
      </div>
      {page.total === 0 && !query.type ? (
        <p className="text-sm text-slate-600">{messages.clientDetail.documentsEmpty}</p>
      ) : (
        <>
          <DocumentsTable
            caption={t.tableCaption}
            items={page.items}
            totals={page.totals}
            total={page.total}
            pathname={pathname}
            params={params}
            sort={query.sort}
            dir={query.dir}
            locale={locale}
            payable
            showType
            hideClient
            hideTotals
            canWrite={can(member.role, "documents.write")}
            labels={pickTableLabels(messages)}
          />
          <Pagination
            pathname={pathname}
            params={params}
            page={page.page}
            pageCount={page.pageCount}
            total={page.total}
            labels={messages.lists}
          />
        </>
      )}
    </Card>
  );
}
