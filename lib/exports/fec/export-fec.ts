import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { buildFecEntries, type FecDocumentInput, type FecPaymentInput } from "./build-fec-entries";
import { fecPeriodInput } from "./fec-period-schema";
import { fecDate, writeFec } from "./write-fec";

// The FEC of a period for the acting organization (exports.read): the issued invoices,
// deposit invoices and credit notes dated in the period and the payments dated in it.

const BATCH = 1000;

type FecDocumentType = FecDocumentInput["type"];
const SALES_TYPES: FecDocumentType[] = ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"];

type Range = { organizationId: string; from: Date; to: Date };

/** Issued documents of the period, read by id cursor in batches (each batch one query). */
async function readDocuments({ organizationId, from, to }: Range): Promise<FecDocumentInput[]> {
  const documents: FecDocumentInput[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.document.findMany({
      where: {
        organizationId,
        type: { in: SALES_TYPES },
        status: { not: "DRAFT" },
        issueDate: { gte: from, lte: to },
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        type: true,
        number: true,
        issueDate: true,
        clientId: true,
        creditedInvoiceId: true,
        pricesIncludeVat: true,
        currency: true,
        exchangeRate: true,
        totalInclVatCents: true,
        vatBreakdown: true,
        client: { select: { name: true } },
        lines: { select: { netCents: true, vatRateBps: true, kind: true, deductedDocumentId: true } },
      },
    });
    for (const row of rows) {
      documents.push({
        id: row.id,
        type: row.type as FecDocumentType,
        number: row.number ?? row.id,
        issueDate: calendarFromDate(row.issueDate!),
        clientId: row.clientId,
        clientName: row.client.name,
        creditedInvoiceId: row.creditedInvoiceId,
        pricesIncludeVat: row.pricesIncludeVat,
        currency: row.currency,
        exchangeRate: row.exchangeRate,
        totalInclVatCents: row.totalInclVatCents,
        vatBreakdown: row.vatBreakdown as FecDocumentInput["vatBreakdown"],
        lines: row.lines,
      });
    }
    if (rows.length < BATCH) return documents;
    cursor = rows[rows.length - 1]!.id;
  }
}

async function readPayments({ organizationId, from, to }: Range): Promise<FecPaymentInput[]> {
  const payments: FecPaymentInput[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.payment.findMany({
      where: { organizationId, date: { gte: from, lte: to }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        documentId: true,
        date: true,
        amountCents: true,
        method: true,
        reference: true,
        document: {
          select: {
            number: true,
            clientId: true,
            currency: true,
            exchangeRate: true,
            client: { select: { name: true } },
          },
        },
      },
    });
    for (const row of rows) {
      payments.push({
        id: row.id,
        documentId: row.documentId,
        documentNumber: row.document.number ?? row.documentId,
        clientId: row.document.clientId,
        clientName: row.document.client.name,
        date: calendarFromDate(row.date),
        amountCents: row.amountCents,
        method: row.method,
        reference: row.reference,
        currency: row.document.currency,
        exchangeRate: row.document.exchangeRate,
      });
    }
    if (rows.length < BATCH) return payments;
    cursor = rows[rows.length - 1]!.id;
  }
}

export type FecFile = { fileName: string; lines: AsyncGenerator<string> };

/**
 * Checks the period and the organization's SIREN (it names the file) before anything is
 * read, then returns the file name and its lines as a stream.
 *
 * Refuses: VALIDATION "invalid_input" (from/to: required, date_invalid, dates_reversed,
 * period_too_long), CONFLICT "fec_siren_missing" when the legal identity has no SIREN.
 */
export async function exportFec(member: MemberContext, rawInput: unknown): Promise<FecFile> {
  assertCan(member, "exports.read");
  const period = parseInput(fecPeriodInput, rawInput);
  const settings = await db.organizationSettings.findUnique({
    where: { organizationId: member.organizationId },
    select: { siren: true },
  });
  if (!settings?.siren) {
    throw new AppError("CONFLICT", "fec_siren_missing", "The organization's SIREN names the FEC file: set it first");
  }
  const range = {
    organizationId: member.organizationId,
    from: dateFromCalendar(period.from),
    to: dateFromCalendar(period.to),
  };
  async function* lines(): AsyncGenerator<string> {
    const [documents, payments] = [await readDocuments(range), await readPayments(range)];
    yield* writeFec(buildFecEntries(documents, payments));
  }
  return { fileName: `${settings.siren}FEC${fecDate(period.to)}.txt`, lines: lines() };
}
