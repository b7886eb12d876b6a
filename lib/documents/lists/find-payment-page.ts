import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DocumentType, PaymentMethod } from "@/lib/generated/prisma/enums";
import { containsPattern } from "@/lib/clients/search-clients-sql";
import { pageOf, pageWindow, type Page } from "@/lib/lists/list-query";
import { calendarFromDate } from "../calendar-date";
import type { PaymentListQuery } from "./document-list-query";

// The payments (règlements) list in SQL, on any client (the app through list-payments.ts,
// the benchmark directly): the summary of the filtered set (count, sum), the ids of one page,
// then those payments joined to their invoice (number) and the invoice's client. Search
// matches the payment's reference or the invoice's number (substring, any case).

type Reader = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;

export type PaymentListRow = {
  id: string;
  /** "YYYY-MM-DD" */
  date: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  invoice: { id: string; type: DocumentType; number: string | null };
  client: { id: string; name: string };
};

export type PaymentPage = Page<PaymentListRow> & { totals: { amountCents: number } };

function conditions(organizationId: string, query: PaymentListQuery): Prisma.Sql {
  const list = [Prisma.sql`p."organizationId" = ${organizationId}`];
  if (query.method) list.push(Prisma.sql`p."method" = CAST(${query.method} AS "PaymentMethod")`);
  if (query.client) {
    list.push(Prisma.sql`p."documentId" IN (SELECT k."id" FROM "Document" k
      WHERE k."organizationId" = ${organizationId} AND k."clientId" = ${query.client})`);
  }
  if (query.from) list.push(Prisma.sql`p."date" >= CAST(${query.from} AS date)`);
  if (query.to) list.push(Prisma.sql`p."date" <= CAST(${query.to} AS date)`);
  if (query.q) list.push(Prisma.sql`p."id" IN (SELECT "id" FROM matches)`);
  return Prisma.join(list, " AND ");
}

/**
 * The payments matching a search, found through trigram indexes before anything else: by
 * reference (Payment.reference) or by their invoice's number (Document.number, then the
 * (organizationId, documentId) index). An OR across the join would read every payment.
 */
function searchCte(organizationId: string, search: string): Prisma.Sql {
  const pattern = containsPattern(search);
  return Prisma.sql`WITH matches AS MATERIALIZED (
      SELECT r."id" FROM "Payment" r WHERE r."organizationId" = ${organizationId} AND r."reference" ILIKE ${pattern}
      UNION
      SELECT m."id" FROM "Document" n
      JOIN "Payment" m ON m."organizationId" = n."organizationId" AND m."documentId" = n."id"
      WHERE n."organizationId" = ${organizationId} AND n."number" ILIKE ${pattern}
    )`;
}

function orderBy(query: PaymentListQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  switch (query.sort) {
    case "amount":
      return Prisma.sql`p."amountCents" ${dir}, p."id" ${dir}`;
    case "number":
      return Prisma.sql`d."number" ${dir}, p."date" ${dir}, p."id" ${dir}`;
    case "client":
      return Prisma.sql`c."name" ${dir}, p."date" ${dir}, p."id" ${dir}`;
    case "method":
      return Prisma.sql`p."method" ${dir}, p."date" ${dir}, p."id" ${dir}`;
    default:
      return Prisma.sql`p."date" ${dir}, p."id" ${dir}`;
  }
}

/** The statements of one list page, exposed for the benchmark's EXPLAIN. */
export function paymentPageSql(organizationId: string, query: PaymentListQuery) {
  const where = conditions(organizationId, query);
  const cte = query.q ? searchCte(organizationId, query.q) : Prisma.empty;
  return {
    // The summary needs no join: the client filter and the search are id sets.
    summary: Prisma.sql`${cte}
      SELECT count(*)::int AS "total", COALESCE(sum(p."amountCents"), 0)::bigint AS "amount"
      FROM "Payment" p WHERE ${where}`,
    // The page's ids first (joined only when the sort needs the invoice or the client), then
    // its 25 rows: skipping to page 200 then never joins 5,000 payments to their invoices.
    pageIds: ({ skip, take }: { skip: number; take: number }) => Prisma.sql`${cte}
      SELECT p."id" FROM "Payment" p
      ${query.sort === "number" || query.sort === "client" ? DOCUMENT_JOIN : Prisma.empty}
      ${query.sort === "client" ? CLIENT_JOIN : Prisma.empty}
      WHERE ${where}
      ORDER BY ${orderBy(query)}
      LIMIT ${take} OFFSET ${skip}`,
    rows: (ids: string[]) => Prisma.sql`
      SELECT p."id", p."date", p."amountCents", p."method", p."reference",
        d."id" AS "documentId", d."type" AS "documentType", d."number",
        c."id" AS "clientId", c."name" AS "clientName"
      FROM "Payment" p ${DOCUMENT_JOIN} ${CLIENT_JOIN}
      WHERE p."organizationId" = ${organizationId} AND p."id" IN (${ids.length > 0 ? Prisma.join(ids) : Prisma.sql`NULL`})`,
  };
}

// The document's organization is the payment's (composite foreign key), and so is the client's.
const DOCUMENT_JOIN = Prisma.sql`JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"`;
const CLIENT_JOIN = Prisma.sql`JOIN "Client" c ON c."organizationId" = d."organizationId" AND c."id" = d."clientId"`;

type PageRow = {
  id: string;
  date: Date;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  documentId: string;
  documentType: DocumentType;
  number: string | null;
  clientId: string;
  clientName: string;
};

/** One page of the organization's payments with the count and sum of the filtered set. */
export async function findPaymentPage(
  reader: Reader,
  organizationId: string,
  query: PaymentListQuery,
): Promise<PaymentPage> {
  const statements = paymentPageSql(organizationId, query);
  const [summary] = await reader.$queryRaw<{ total: number; amount: bigint | number }[]>(statements.summary);
  const total = summary?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const shown = { ...query, page: Math.min(query.page, pageCount) };
  const ids =
    total === 0
      ? []
      : (await reader.$queryRaw<{ id: string }[]>(statements.pageIds(pageWindow(shown)))).map((row) => row.id);
  const found = ids.length === 0 ? [] : await reader.$queryRaw<PageRow[]>(statements.rows(ids));
  const byId = new Map(found.map((row) => [row.id, row]));
  const items = ids
    .flatMap((id) => byId.get(id) ?? [])
    .map((row) => ({
      id: row.id,
      date: calendarFromDate(row.date),
      amountCents: row.amountCents,
      method: row.method,
      reference: row.reference,
      invoice: { id: row.documentId, type: row.documentType, number: row.number },
      client: { id: row.clientId, name: row.clientName },
    }));
  return { ...pageOf(items, total, shown), totals: { amountCents: Number(summary?.amount ?? 0) } };
}
