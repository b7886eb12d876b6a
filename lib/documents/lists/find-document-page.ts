import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { containsPattern } from "@/lib/clients/search-clients-sql";
import { pageOf, pageWindow, type Page } from "@/lib/lists/list-query";
import { toSearchText } from "@/lib/text/search-text";
import { calendarFromDate } from "../calendar-date";
import { DISPLAY_STATUSES, displayStatusSql, type DisplayStatus } from "../document-status";
import {
  documentTypesOfList,
  isCalendarDate,
  type DocumentListKind,
  type DocumentListQuery,
} from "./document-list-query";

// The document lists in SQL, on any client: the app (list-documents.ts, server-only), the
// client page (client-documents.ts) and the benchmark (bench/documents-list.ts, its own
// database) run exactly these statements. Three per page:
//   1. the summary of the filtered set: count, sums excl./incl. VAT and balance due;
//   2. the ids of one page, in order;
//   3. those rows, joined to the client for its name.
// The display status (OVERDUE, PAID, EXPIRED…) is never stored: filters, sort and counts use
// displayStatusSql, the SQL twin of displayStatus.
//
// Search (number or client) first collects the matching documents in a MATERIALIZED CTE —
// through the trigram index on Document.number and the one on Client.searchText, then the
// (organizationId, clientId, type) index — so PostgreSQL does not walk a sort index testing
// LIKE row by row (same reasoning as search-clients-sql.ts).

type Reader = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;

export type DocumentListRow = {
  id: string;
  type: DocumentType;
  /** null for drafts (numbered when issued or sent). */
  number: string | null;
  /** "YYYY-MM-DD" */
  issueDate: string | null;
  dueDate: string | null;
  client: { id: string; name: string };
  totalExclVatCents: number;
  totalInclVatCents: number;
  /** What is left to pay on an issued invoice or deposit invoice; null for anything else. */
  balanceCents: number | null;
  displayStatus: DisplayStatus;
};

export type DocumentListTotals = {
  totalExclVatCents: number;
  totalInclVatCents: number;
  /** Sum of the balances of the issued invoices and deposit invoices of the set. */
  balanceDueCents: number;
};

export type DocumentPage = Page<DocumentListRow> & { totals: DocumentListTotals };

/** Today as an SQL literal: a validated "YYYY-MM-DD" only, so it can be inlined safely. */
export function dateLiteral(day: string): string {
  if (!isCalendarDate(day)) throw new RangeError(`not a calendar date: ${day}`);
  return `DATE '${day}'`;
}

function typeList(types: readonly DocumentType[]): Prisma.Sql {
  // Trusted constants (never user input): literals let the planner see them.
  return Prisma.raw(types.map((type) => `'${type}'`).join(", "));
}

const PAYABLE = typeList(["INVOICE", "DEPOSIT_INVOICE"]);

/** Sum-able balance of a row: only issued invoices and deposit invoices owe anything. */
export const balanceSql = Prisma.sql`CASE WHEN d."status" = 'ISSUED' AND d."type" IN (${PAYABLE})
  THEN d."totalInclVatCents" - d."paidCents" - d."creditedCents" END`;

/**
 * Conditions implied by a display status, on plain columns: redundant with displayStatusSql
 * but visible to the planner (e.g. OVERDUE → dueDate < today can use a dueDate index).
 */
function impliedByStatus(status: DisplayStatus, today: Prisma.Sql): Prisma.Sql[] {
  switch (status) {
    case "DRAFT":
    case "SENT":
    case "ACCEPTED":
    case "DECLINED":
    case "INVOICED":
      return [Prisma.sql`d."status" = CAST(${status} AS "DocumentStatus")`];
    case "EXPIRED":
      return [Prisma.sql`d."status" = 'SENT'`, Prisma.sql`d."validUntil" < ${today}`];
    case "OVERDUE":
      return [Prisma.sql`d."status" = 'ISSUED'`, Prisma.sql`d."dueDate" < ${today}`];
    default:
      return [Prisma.sql`d."status" = 'ISSUED'`];
  }
}

/**
 * "Document" d has this display status on `today` (a dateLiteral): displayStatusSql itself, plus
 * the plain-column conditions it implies for the planner. The lists' status filter and the
 * reminders' choice of overdue invoices both use it (display-status-sql.test.ts checks both).
 */
export function statusCondition(status: DisplayStatus, today: string): Prisma.Sql {
  const statusSql = Prisma.raw(displayStatusSql("d", today));
  return Prisma.join([...impliedByStatus(status, Prisma.raw(today)), Prisma.sql`${statusSql} = ${status}`], " AND ");
}

export type DocumentListScope = { organizationId: string; types: readonly DocumentType[]; clientId?: string };

/** Every condition on "Document" d except the search (which goes through the CTE). */
function filterConditions(scope: DocumentListScope, query: DocumentListQuery, today: string): Prisma.Sql[] {
  const types = query.type ? [query.type] : scope.types;
  const conditions = [
    Prisma.sql`d."organizationId" = ${scope.organizationId}`,
    Prisma.sql`d."type" IN (${typeList(types)})`,
  ];
  if (scope.clientId !== undefined) conditions.push(Prisma.sql`d."clientId" = ${scope.clientId}`);
  if (query.client) conditions.push(Prisma.sql`d."clientId" = ${query.client}`);
  if (query.status) conditions.push(statusCondition(query.status, today));
  if (query.overdue) conditions.push(statusCondition("OVERDUE", today));
  if (query.from) conditions.push(Prisma.sql`d."issueDate" >= CAST(${query.from} AS date)`);
  if (query.to) conditions.push(Prisma.sql`d."issueDate" <= CAST(${query.to} AS date)`);
  if (query.min !== null) conditions.push(Prisma.sql`d."totalInclVatCents" >= ${query.min}`);
  if (query.max !== null) conditions.push(Prisma.sql`d."totalInclVatCents" <= ${query.max}`);
  return conditions;
}

// What the summary and the page's ids read of a document (filters, sort, sums).
const LIST_COLUMNS = [
  "id",
  "organizationId",
  "type",
  "status",
  "clientId",
  "number",
  "issueDate",
  "dueDate",
  "validUntil",
  "totalExclVatCents",
  "totalInclVatCents",
  "paidCents",
  "creditedCents",
];

const listColumns = (alias: string) => Prisma.raw(LIST_COLUMNS.map((column) => `${alias}."${column}"`).join(", "));

/**
 * The documents matching a search — number (substring, any case) or client (Client.searchText)
 * — with the columns the filters, sort and sums need, so the rest of the statement reads
 * them from here instead of fetching each matching row again.
 */
function searchCte(scope: DocumentListScope, query: DocumentListQuery, search: string): Prisma.Sql {
  const types = typeList(query.type ? [query.type] : scope.types);
  const numberPattern = containsPattern(query.q);
  const clientPattern = containsPattern(search);
  return Prisma.sql`WITH matches AS MATERIALIZED (
      SELECT ${listColumns("n")} FROM "Document" n
      WHERE n."organizationId" = ${scope.organizationId} AND n."type" IN (${types}) AND n."number" ILIKE ${numberPattern}
      UNION
      SELECT ${listColumns("m")} FROM "Client" c
      JOIN "Document" m ON m."organizationId" = c."organizationId" AND m."clientId" = c."id"
      WHERE c."organizationId" = ${scope.organizationId} AND c."searchText" LIKE ${clientPattern}
        AND m."type" IN (${types}) AND ${search === "" ? Prisma.sql`FALSE` : Prisma.sql`TRUE`}
    )`;
}

/** Status sort: the lifecycle order of DISPLAY_STATUSES, whatever the language. */
function statusRankSql(statusSql: string): Prisma.Sql {
  const cases = DISPLAY_STATUSES.map((status, index) => `WHEN '${status}' THEN ${index}`).join(" ");
  return Prisma.raw(`(CASE ${statusSql} ${cases} END)`);
}

/** Sort column, then the id, so pages never overlap or skip a row. */
function orderBy(query: DocumentListQuery, today: string): Prisma.Sql {
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  switch (query.sort) {
    case "number":
      return Prisma.sql`d."number" ${dir}, d."id" ${dir}`;
    case "dueDate":
      return Prisma.sql`d."dueDate" ${dir}, d."id" ${dir}`;
    case "client":
      return Prisma.sql`c."name" ${dir}, d."id" ${dir}`;
    case "total":
      return Prisma.sql`d."totalInclVatCents" ${dir}, d."id" ${dir}`;
    case "status":
      return Prisma.sql`${statusRankSql(displayStatusSql("d", today))} ${dir}, d."id" ${dir}`;
    default:
      return Prisma.sql`d."issueDate" ${dir}, d."id" ${dir}`;
  }
}

type SummaryRow = { total: number; excl: bigint | number; incl: bigint | number; balance: bigint | number };

type PageRow = {
  id: string;
  type: DocumentType;
  number: string | null;
  issueDate: Date | null;
  dueDate: Date | null;
  clientId: string;
  clientName: string;
  totalExclVatCents: number;
  totalInclVatCents: number;
  balanceCents: number | null;
  displayStatus: DisplayStatus;
};

export type DocumentPageStatements = {
  /** Count and sums of the whole filtered set. */
  summary: Prisma.Sql;
  /** The ids of one page, in list order: only the columns filters and sort need. */
  pageIds: (window: { skip: number; take: number }) => Prisma.Sql;
  /** The rows of those ids (any order). */
  rows: (ids: string[]) => Prisma.Sql;
};

/**
 * The statements of one list page (exposed for the benchmark's EXPLAIN). The page is read in
 * two steps: its ids first, through indexes that hold every filtered and sorted column (so
 * skipping to page 200 or sorting by status reads index entries, not wide document rows),
 * then the 25 rows by primary key.
 */
export function documentPageSql(
  scope: DocumentListScope,
  query: DocumentListQuery,
  todayDate: string,
): DocumentPageStatements {
  const today = dateLiteral(todayDate);
  const search = toSearchText(query.q);
  const conditions = filterConditions(scope, query, today);
  const cte = query.q ? searchCte(scope, query, search) : Prisma.empty;
  // With a search, the matches stand for the documents (same alias, same columns).
  const source = query.q ? Prisma.sql`matches d` : Prisma.sql`"Document" d`;
  const where = Prisma.join(conditions, " AND ");
  const statusSql = Prisma.raw(displayStatusSql("d", today));
  const clientJoin = Prisma.sql`JOIN "Client" c ON c."organizationId" = d."organizationId" AND c."id" = d."clientId"`;
  return {
    summary: Prisma.sql`${cte}
      SELECT count(*)::int AS "total",
        COALESCE(sum(d."totalExclVatCents"), 0)::bigint AS "excl",
        COALESCE(sum(d."totalInclVatCents"), 0)::bigint AS "incl",
        COALESCE(sum(${balanceSql}), 0)::bigint AS "balance"
      FROM ${source} WHERE ${where}`,
    pageIds: ({ skip, take }) => Prisma.sql`${cte}
      SELECT d."id" FROM ${source} ${query.sort === "client" ? clientJoin : Prisma.empty}
      WHERE ${where}
      ORDER BY ${orderBy(query, today)}
      LIMIT ${take} OFFSET ${skip}`,
    rows: (ids) => Prisma.sql`
      SELECT d."id", d."type", d."number", d."issueDate", d."dueDate",
        c."id" AS "clientId", c."name" AS "clientName",
        d."totalExclVatCents", d."totalInclVatCents",
        (${balanceSql}) AS "balanceCents",
        ${statusSql} AS "displayStatus"
      FROM "Document" d ${clientJoin}
      WHERE d."organizationId" = ${scope.organizationId} AND d."id" IN (${ids.length > 0 ? Prisma.join(ids) : Prisma.sql`NULL`})`,
  };
}

export function scopeOfList(organizationId: string, kind: DocumentListKind, clientId?: string): DocumentListScope {
  return { organizationId, types: documentTypesOfList[kind], ...(clientId !== undefined ? { clientId } : {}) };
}

/**
 * One page of a document list with the totals of the whole filtered set; past the last page
 * shows the last page. `today` is the organization's calendar date ("YYYY-MM-DD").
 */
export async function findDocumentPage(
  reader: Reader,
  scope: DocumentListScope,
  query: DocumentListQuery,
  today: string,
): Promise<DocumentPage> {
  const statements = documentPageSql(scope, query, today);
  const [summary] = await reader.$queryRaw<SummaryRow[]>(statements.summary);
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
      type: row.type,
      number: row.number,
      issueDate: row.issueDate ? calendarFromDate(row.issueDate) : null,
      dueDate: row.dueDate ? calendarFromDate(row.dueDate) : null,
      client: { id: row.clientId, name: row.clientName },
      totalExclVatCents: row.totalExclVatCents,
      totalInclVatCents: row.totalInclVatCents,
      balanceCents: row.balanceCents === null ? null : Number(row.balanceCents),
      displayStatus: row.displayStatus,
    }));
  return {
    ...pageOf(items, total, shown),
    totals: {
      totalExclVatCents: Number(summary?.excl ?? 0),
      totalInclVatCents: Number(summary?.incl ?? 0),
      balanceDueCents: Number(summary?.balance ?? 0),
    },
  };
}

/**
 * A client's balance: the balances of their issued invoices and deposit invoices, and the
 * part of it past due. One index range ((organizationId, clientId, type)).
 */
export function clientBalanceSql(organizationId: string, clientId: string, todayDate: string): Prisma.Sql {
  const today = Prisma.raw(dateLiteral(todayDate));
  const balance = Prisma.sql`d."totalInclVatCents" - d."paidCents" - d."creditedCents"`;
  return Prisma.sql`SELECT COALESCE(sum(${balance}), 0)::bigint AS "balance",
      COALESCE(sum(${balance}) FILTER (WHERE d."dueDate" < ${today}), 0)::bigint AS "overdue"
    FROM "Document" d
    WHERE d."organizationId" = ${organizationId} AND d."clientId" = ${clientId}
      AND d."type" IN (${PAYABLE}) AND d."status" = 'ISSUED'`;
}
