import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { readInSnapshot, type SnapshotTransaction } from "../read-in-snapshot";
import {
  entryNumbering,
  letterEntry,
  paymentEntry,
  salesEntry,
  type FecDocumentInput,
  type FecEntry,
  type FecLettering,
} from "./build-fec-entries";
import type { ChartOfAccounts } from "./chart-of-accounts";
import { fecPeriodInput } from "./fec-period-schema";
import { fecDocumentsSql, fecPaymentsSql, type FecDocumentRow, type FecPaymentRow } from "./fec-sql";
import { readChartOfAccounts } from "./read-chart-of-accounts";
import { appendFecEntryLines, FEC_HEADER, fecDate } from "./write-fec";

// The FEC of a period for the acting organization (exports.read): the issued invoices,
// deposit invoices and credit notes dated in the period and the payments dated in it.
//
// Streamed with flat memory: the sales journal is one SQL query and the receipts journals
// another, each in the order of the file (by date, then piece reference), lettering included
// (fec-sql.ts), read through a cursor 2,000 rows at a time in one read-only snapshot (on
// PostgreSQL the receipts on a second connection importing it, see fecTextBatches); each
// batch becomes entries and then text while the next is read. Nothing of the period is held
// but the batch in hand (and, on PostgreSQL, the receipts' first batch read ahead).

const BATCH = 2000;

type Range = [organizationId: string, from: string, to: string];

function lettering(row: { letterIndex: number | null; letterDate: string | null }): FecLettering | null {
  return row.letterIndex === null || row.letterDate === null
    ? null
    : { letterIndex: row.letterIndex, letterDate: row.letterDate };
}

type DocumentLineInput = FecDocumentInput["lines"][number];

/** "position,netCents,vatRateBps,kind;…" and the deducted ids (fec-sql.ts) → the lines in order. */
function documentLines(row: FecDocumentRow): DocumentLineInput[] {
  if (row.lines === "") return [];
  const deducted = new Map(row.deductedIds === null ? [] : (JSON.parse(row.deductedIds) as [number, string | null][]));
  const lines = row.lines.split(";").map((text) => {
    const first = text.indexOf(",");
    const second = text.indexOf(",", first + 1);
    const third = text.indexOf(",", second + 1);
    const position = Number(text.slice(0, first));
    return {
      position,
      netCents: Number(text.slice(first + 1, second)),
      vatRateBps: Number(text.slice(second + 1, third)),
      kind: text.slice(third + 1) as DocumentLineInput["kind"],
      deductedDocumentId: deducted.get(position) ?? null,
    };
  });
  if (lines.length > 1) lines.sort((a, b) => a.position - b.position);
  return lines.map(({ netCents, vatRateBps, kind, deductedDocumentId }) => ({
    netCents,
    vatRateBps,
    kind,
    deductedDocumentId,
  }));
}

function documentInput(row: FecDocumentRow): FecDocumentInput {
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    issueDate: row.issueDate,
    clientId: row.clientId,
    clientName: row.clientName,
    clientAccount: row.clientAccount,
    creditedInvoiceId: row.creditedInvoiceId,
    pricesIncludeVat: row.pricesIncludeVat,
    currency: row.currency,
    exchangeRate: row.exchangeRate,
    totalInclVatCents: row.totalInclVatCents,
    vatBreakdown: row.vatBreakdown as FecDocumentInput["vatBreakdown"],
    lines: documentLines(row),
  };
}

/** About 64 KB of text per piece handed to the consumer (streamLines' chunk size). */
const LINES_PER_PIECE = 500;

type Emit = (batch: string[]) => Promise<void>;

// Every query reads the whole period, joined in bulk: plan for all rows (a cursor is planned
// for its first 10 % by default), never by nested loops (a misestimated join made them
// quadratic: 105 s for 20,000 invoices) nor by merge joins (sorting the period by id for
// them took longer than hashing), sort in memory where it fits, and no JIT (its
// compilation took seconds on a loaded machine for queries that run in one).
async function plannerSettings(tx: SnapshotTransaction) {
  for (const setting of [
    "cursor_tuple_fraction = 1.0",
    "enable_nestloop = off",
    "enable_mergejoin = off",
    "work_mem = '64MB'",
    "jit = off",
  ]) {
    await tx.$executeRawUnsafe(`SET LOCAL ${setting}`);
  }
}

/**
 * Reads `sql` through a cursor BATCH rows at a time and emits each batch as text: its entries'
 * lines, pieces of LINES_PER_PIECE whole lines joined into one flat string each, so that what
 * waits between the reader and the consumer is a few strings (no entry objects kept, and one
 * async step per piece, not per line and entry).
 */
async function drain<Row>(
  tx: SnapshotTransaction,
  emit: Emit,
  name: string,
  sql: string,
  params: Range,
  toEntry: (row: Row) => FecEntry | null,
) {
  await tx.$executeRawUnsafe(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, ...params);
  for (;;) {
    const rows = await tx.$queryRawUnsafe<Row[]>(`FETCH ${BATCH} FROM ${name}`);
    const pieces: string[] = [];
    const ends: number[] = [];
    let parts: string[] = [];
    for (const row of rows) {
      const entry = toEntry(row);
      if (!entry) continue;
      appendFecEntryLines(entry, parts, ends);
      if (ends.length >= LINES_PER_PIECE) {
        pieces.push(parts.join(""));
        parts = [];
        ends.length = 0;
      }
    }
    if (parts.length > 0) pieces.push(parts.join(""));
    if (pieces.length > 0) await emit(pieces);
    if (rows.length < BATCH) break;
  }
  await tx.$executeRawUnsafe(`CLOSE ${name}`);
}

/** The sales journal (VT), numbered from 1. */
function drainSales(tx: SnapshotTransaction, emit: Emit, range: Range, chart: ChartOfAccounts) {
  const number = entryNumbering();
  return drain<FecDocumentRow>(tx, emit, "fec_sales", fecDocumentsSql, range, (row) => {
    const entry = salesEntry(documentInput(row), chart);
    return entry ? number(letterEntry(entry, lettering(row))) : null;
  });
}

/** The receipts journals (BQ then CA), each numbered from 1. */
function drainReceipts(tx: SnapshotTransaction, emit: Emit, range: Range, chart: ChartOfAccounts) {
  const number = entryNumbering();
  return drain<FecPaymentRow>(tx, emit, "fec_receipts", fecPaymentsSql, range, (row) =>
    number(letterEntry(paymentEntry(row, chart), lettering(row))),
  );
}

/**
 * The text of the period's entries in file order (VT, BQ, CA), a batch at a time.
 *
 * Each query computes the lettering and sorts the whole period before its first row: on
 * PostgreSQL the receipts query runs on a second connection in the same snapshot
 * (pg_export_snapshot), started at once, so that the database prepares it while it prepares
 * the sales journal and while the sales journal is written; its reader holds at most one batch
 * ahead. PGlite has one connection: both queries run on it, one after the other.
 */
function fecTextBatches(range: Range, chart: ChartOfAccounts): AsyncGenerator<string[]> {
  return readInSnapshot<string[]>(async (tx, emit) => {
    await plannerSettings(tx);
    const [engine] = await tx.$queryRawUnsafe<{ single: boolean }[]>(`SELECT version() LIKE '%PGlite%' AS "single"`);
    if (engine!.single) {
      await drainSales(tx, emit, range, chart);
      await drainReceipts(tx, emit, range, chart);
      return;
    }
    const [exported] = await tx.$queryRawUnsafe<{ snapshot: string }[]>(`SELECT pg_export_snapshot() AS "snapshot"`);
    const receipts = readInSnapshot<string[]>(
      async (receiptsTx, receiptsEmit) => {
        await plannerSettings(receiptsTx);
        await drainReceipts(receiptsTx, receiptsEmit, range, chart);
      },
      { snapshot: exported!.snapshot },
    );
    const first = receipts.next();
    // Awaited below, unless the sales journal fails first (then return() ends it).
    first.catch(() => undefined);
    try {
      await drainSales(tx, emit, range, chart);
      let next: IteratorResult<string[]>;
      try {
        next = await first;
      } catch {
        // No second connection within maxWait (a pool busy with other exports), or it failed
        // before its first row: the receipts are read here, in the same snapshot, after all
        // (a failure of the query itself then fails here again).
        await drainReceipts(tx, emit, range, chart);
        return;
      }
      for (; !next.done; next = await receipts.next()) await emit(next.value);
    } finally {
      await receipts.return(undefined);
    }
  });
}

/** The file's text (writeFec's, for the same entries): the header, then the batches' pieces. */
async function* fecText(batches: AsyncGenerator<string[]>): AsyncGenerator<string> {
  yield FEC_HEADER;
  for await (const batch of batches) yield* batch;
}

/**
 * `lines`: the file's text in order, each piece one or more whole lines ending with CR LF (the
 * header alone first); streamLines groups them into the response's chunks.
 */
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
  const chart = await readChartOfAccounts(member.organizationId);
  const range: Range = [member.organizationId, period.from, period.to];
  return {
    fileName: `${settings.siren}FEC${fecDate(period.to)}.txt`,
    lines: fecText(fecTextBatches(range, chart)),
  };
}
