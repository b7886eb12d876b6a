import { z } from "zod";
import type { DocumentType, PaymentMethod } from "@/lib/generated/prisma/enums";
import { centsToDecimalString } from "@/lib/money/format-money";
import { parseMoney } from "@/lib/money/parse-money";
import { firstValues, idFilter, listQuerySchema } from "@/lib/lists/list-query";
import { DISPLAY_STATUSES, type DisplayStatus } from "../document-status";

// The URL state of the quotes, invoices, credit notes and payments lists, and of the
// documents section of a client page. Like every list (lib/lists), a bad value falls back to
// its default instead of failing the page.
//
// Documents:  ?q=&sort=&dir=&page=&pageSize=&status=&client=&from=&to=&min=&max=&overdue=&type=
// Payments:   ?q=&sort=&dir=&page=&pageSize=&method=&client=&from=&to=

/** Which documents a list shows. `client` is every type (a client's page). */
export const documentListKinds = ["quotes", "invoices", "creditNotes", "client"] as const;
export type DocumentListKind = (typeof documentListKinds)[number];

export const documentTypesOfList: Record<DocumentListKind, readonly DocumentType[]> = {
  quotes: ["QUOTE"],
  invoices: ["INVOICE", "DEPOSIT_INVOICE"],
  creditNotes: ["CREDIT_NOTE"],
  client: ["QUOTE", "INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"],
};

/** The display statuses a list's status filter offers (lib/documents/document-status.ts). */
export const statusesOfList: Record<DocumentListKind, readonly DisplayStatus[]> = {
  quotes: ["DRAFT", "SENT", "ACCEPTED", "DECLINED", "EXPIRED", "INVOICED"],
  invoices: ["DRAFT", "ISSUED", "PARTIALLY_PAID", "OVERDUE", "PAID", "CANCELLED"],
  creditNotes: ["DRAFT", "ISSUED"],
  client: DISPLAY_STATUSES,
};

export const documentSorts = ["number", "date", "dueDate", "client", "total", "status"] as const;
export type DocumentSort = (typeof documentSorts)[number];

export const paymentSorts = ["date", "amount", "number", "client", "method"] as const;
export type PaymentSort = (typeof paymentSorts)[number];

export const paymentMethods = [
  "TRANSFER",
  "CARD",
  "CHEQUE",
  "CASH",
  "OTHER",
] as const satisfies readonly PaymentMethod[];

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real day (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** An optional calendar date: anything else is "no bound". */
const dateBound = z
  .string()
  .trim()
  .transform((text) => (isCalendarDate(text) ? text : ""))
  .catch("")
  .default("");

/** An amount as people type it ("1 234,56", "1234.56 €") → cents, or null (no bound). */
const moneyBound = z
  .string()
  .trim()
  .transform((text) => {
    if (text === "") return null;
    const parsed = parseMoney(text);
    return parsed.ok ? parsed.cents : null;
  })
  .catch(null)
  .default(null);

const flag = z
  .string()
  .trim()
  .transform((text) => ["1", "true", "on", "yes"].includes(text.toLowerCase()))
  .catch(false)
  .default(false);

export function documentListQuerySchema(kind: DocumentListKind) {
  const statuses = statusesOfList[kind] as readonly [DisplayStatus, ...DisplayStatus[]];
  const types = documentTypesOfList[kind] as readonly [DocumentType, ...DocumentType[]];
  return listQuerySchema(documentSorts, { sort: "date", dir: "desc" }).extend({
    status: z
      .enum(["", ...statuses])
      .catch("")
      .default(""),
    client: idFilter,
    /** Issue date, inclusive bounds ("YYYY-MM-DD"). */
    from: dateBound,
    to: dateBound,
    /** Total incl. VAT, inclusive bounds, in cents once parsed (typed as money in the URL). */
    min: moneyBound,
    max: moneyBound,
    /** Only invoices past their due date with something left to pay (display status OVERDUE). */
    overdue: flag,
    /** One type among the list's (the client page's documents section filters by it). */
    type: z
      .enum(["", ...types])
      .catch("")
      .default(""),
  });
}

export type DocumentListQuery = z.output<ReturnType<typeof documentListQuerySchema>>;

export const paymentListQuery = listQuerySchema(paymentSorts, { sort: "date", dir: "desc" }).extend({
  method: z
    .enum(["", ...paymentMethods])
    .catch("")
    .default(""),
  client: idFilter,
  /** Payment date, inclusive bounds ("YYYY-MM-DD"). */
  from: dateBound,
  to: dateBound,
});

export type PaymentListQuery = z.output<typeof paymentListQuery>;

function urlStrings(params: Record<string, unknown>): Record<string, string> {
  return firstValues(
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === "number" || typeof value === "boolean" ? String(value) : value,
      ]),
    ) as Record<string, string | string[] | undefined>,
  );
}

// Built once per list kind: zod schemas are costly to build, and every list page parses one
// (≈ 3 % of a /invoices request's CPU when rebuilt per request).
const schemasOfList = Object.fromEntries(
  documentListKinds.map((kind) => [kind, documentListQuerySchema(kind)]),
) as Record<DocumentListKind, ReturnType<typeof documentListQuerySchema>>;

/** Next.js searchParams (or plain values) → a complete, safe query for that list. */
export function parseDocumentListQuery(kind: DocumentListKind, params: Record<string, unknown>): DocumentListQuery {
  return schemasOfList[kind].parse(urlStrings(params));
}

export function parsePaymentListQuery(params: Record<string, unknown>): PaymentListQuery {
  return paymentListQuery.parse(urlStrings(params));
}

/** The URL parameters of a query that differ from the defaults (links that keep the state). */
export function documentListParams(query: DocumentListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  const defaults = {
    q: "",
    sort: "date",
    dir: "desc",
    page: 1,
    pageSize: 25,
    status: "",
    client: "",
    from: "",
    to: "",
  };
  for (const key of Object.keys(defaults) as (keyof typeof defaults)[]) {
    if (query[key] !== defaults[key]) params[key] = String(query[key]);
  }
  if (query.type) params.type = query.type;
  if (query.min !== null) params.min = centsToDecimalString(query.min);
  if (query.max !== null) params.max = centsToDecimalString(query.max);
  if (query.overdue) params.overdue = "1";
  return params;
}

export function paymentListParams(query: PaymentListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  const defaults = {
    q: "",
    sort: "date",
    dir: "desc",
    page: 1,
    pageSize: 25,
    method: "",
    client: "",
    from: "",
    to: "",
  };
  for (const key of Object.keys(defaults) as (keyof typeof defaults)[]) {
    if (query[key] !== defaults[key]) params[key] = String(query[key]);
  }
  return params;
}
