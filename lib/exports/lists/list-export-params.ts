import { z } from "zod";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "@/lib/documents/calendar-date";
import {
  documentSorts,
  documentTypesOfList,
  parseDocumentListQuery,
  parsePaymentListQuery,
  paymentMethods,
  paymentSorts,
  statusesOfList,
  type DocumentListQuery,
  type PaymentListQuery,
} from "@/lib/documents/lists/document-list-query";
import type { DisplayStatus } from "@/lib/documents/document-status";
import { parseInput } from "@/lib/errors/validation";
import type { DocumentExportKind } from "./document-list-table";
import { parseMoney } from "@/lib/money/parse-money";
import { recordId } from "@/lib/validation/record-id";
import { stripControlCharacters } from "@/lib/validation/control-characters";

// The query of a list export is the list page's own query string (?q=&status=&client=&from=…),
// checked strictly. The page forgives a bad value (it falls back to the default: a URL never
// errors), but a file that silently holds another selection than the one asked for would be
// worse than an error: here every value the page would drop is a field error (400, the field's
// code), then the page's own parser reads the query, so the file is exactly the list.
// page and pageSize are not read: the file holds every page.

/** An export's list query may not span more than this many years (2062 for 2026 is a typo). */
export const MAX_EXPORT_RANGE_YEARS = 10;

export const listExportErrors = {
  q: "q_too_long",
  sort: "sort_invalid",
  dir: "dir_invalid",
  status: "status_invalid",
  type: "type_invalid",
  method: "method_invalid",
  client: "client_invalid",
  from: "from_invalid",
  to: "to_invalid",
  min: "min_invalid",
  max: "max_invalid",
  overdue: "overdue_invalid",
  datesReversed: "dates_reversed",
  rangeTooLong: "range_too_long",
  amountsReversed: "amounts_reversed",
} as const;

type Code = (typeof listExportErrors)[keyof typeof listExportErrors];

// Each parameter is one string (a repeated one is refused: the page reads the first, a file
// reading another would differ) and "" means "no filter", as the page's form sends it.

/** One of the values the page accepts, exactly as written (the page does not trim them either). */
function choice(values: readonly string[], code: Code) {
  return z.enum(["", ...values] as [string, ...string[]], { error: code }).optional();
}

/** Text checked after trimming, as the page reads it. */
function trimmed(code: Code, accepts: (text: string) => boolean) {
  return z
    .string({ error: code })
    .trim()
    .refine((text) => text === "" || accepts(text), code)
    .optional();
}

const search = z
  .string({ error: listExportErrors.q })
  .transform(stripControlCharacters)
  .pipe(z.string().trim().max(200, listExportErrors.q))
  .optional();

const client = z
  .string({ error: listExportErrors.client })
  .refine((text) => text.trim() === "" || recordId.safeParse(text).success, listExportErrors.client)
  .optional();

const day = (code: Code) => trimmed(code, isCalendarDate);
const money = (code: Code) => trimmed(code, (text) => parseMoney(text).ok);

/** The page takes 1/true/on/yes as "on" and anything else as "off": only say so plainly. */
const overdue = trimmed(listExportErrors.overdue, (text) =>
  ["1", "true", "on", "yes", "0", "false", "off", "no"].includes(text.toLowerCase()),
);

/** `from` + 10 years: the first `to` that is too far ("YYYY-MM-DD" compare as text). */
export function firstDayTooFar(from: string): string {
  return `${String(Number(from.slice(0, 4)) + MAX_EXPORT_RANGE_YEARS).padStart(4, "0")}${from.slice(4)}`;
}

type Range = { from?: string | undefined; to?: string | undefined };

function checkRange(range: Range, ctx: z.RefinementCtx) {
  const { from, to } = range;
  // zod 4 runs this even when a field failed: compare only two real days.
  if (!from || !to || !isCalendarDate(from) || !isCalendarDate(to)) return;
  if (to < from) ctx.addIssue({ code: "custom", path: ["to"], message: listExportErrors.datesReversed });
  else if (to >= firstDayTooFar(from))
    ctx.addIssue({ code: "custom", path: ["to"], message: listExportErrors.rangeTooLong });
}

export function documentListExportParams(kind: DocumentExportKind) {
  return z
    .object({
      q: search,
      sort: choice(documentSorts, listExportErrors.sort),
      dir: choice(["asc", "desc"], listExportErrors.dir),
      status: choice(statusesOfList[kind] as readonly DisplayStatus[], listExportErrors.status),
      type: choice(documentTypesOfList[kind] as readonly DocumentType[], listExportErrors.type),
      client,
      from: day(listExportErrors.from),
      to: day(listExportErrors.to),
      min: money(listExportErrors.min),
      max: money(listExportErrors.max),
      overdue,
    })
    .superRefine((params, ctx) => {
      checkRange(params, ctx);
      const min = params.min ? parseMoney(params.min) : null;
      const max = params.max ? parseMoney(params.max) : null;
      if (min?.ok && max?.ok && max.cents < min.cents)
        ctx.addIssue({ code: "custom", path: ["max"], message: listExportErrors.amountsReversed });
    });
}

export const paymentListExportParams = z
  .object({
    q: search,
    sort: choice(paymentSorts, listExportErrors.sort),
    dir: choice(["asc", "desc"], listExportErrors.dir),
    method: choice(paymentMethods, listExportErrors.method),
    client,
    from: day(listExportErrors.from),
    to: day(listExportErrors.to),
  })
  .superRefine(checkRange);

/** Built once (zod schemas are costly to build), like the page's own. */
export const documentListExportSchemas = {
  quotes: documentListExportParams("quotes"),
  invoices: documentListExportParams("invoices"),
  creditNotes: documentListExportParams("creditNotes"),
};

/** URL parameters, a repeated one as an array (which the checks refuse). */
export type ExportParams = Record<string, string | string[]>;

export function exportParamsOf(searchParams: URLSearchParams): ExportParams {
  const params: ExportParams = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}

/**
 * The list page's query for these parameters, or a VALIDATION AppError whose field errors
 * name each parameter the page would have dropped or that contradicts another.
 */
export function documentListExportQuery(kind: DocumentExportKind, params: ExportParams): DocumentListQuery {
  parseInput(documentListExportSchemas[kind], params);
  return parseDocumentListQuery(kind, params);
}

export function paymentListExportQuery(params: ExportParams): PaymentListQuery {
  parseInput(paymentListExportParams, params);
  return parsePaymentListQuery(params);
}
