import { GET as documentsRoute } from "@/app/api/exports/documents/[kind]/route";
import { GET as paymentsRoute } from "@/app/api/exports/payments/route";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { readCsv } from "@/lib/csv/read-csv";
import { db } from "@/lib/db/prisma";
import { addDays, calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { parseDocumentListQuery } from "@/lib/documents/lists/document-list-query";
import { documentPageSql, scopeOfList } from "@/lib/documents/lists/find-document-page";
import { listCreditNotes, listInvoices, listQuotes, type DocumentListRow } from "@/lib/documents/lists/list-documents";
import { listPayments, type PaymentListRow } from "@/lib/documents/lists/list-payments";
import { AppError } from "@/lib/errors/app-error";
import { exportDocumentList } from "@/lib/exports/lists/export-document-list";
import { exportPaymentList } from "@/lib/exports/lists/export-payment-list";
import type { ExportParams } from "@/lib/exports/lists/list-export-params";
import { readListExport } from "@/lib/exports/lists/read-list-export";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/get-messages";
import type { TableFile } from "@/lib/tables/table-file";
import type { TableFormat } from "@/lib/tables/table-format";
import { addClient, clientOrganization, companyInput, personInput } from "../../support/client-factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";
import { readXlsxRows } from "../../support/xlsx";
import { credit, daysAgo, inDays, insertDocument, pay, today } from "../document-lists/list-fixtures";

// The invoices, quotes, credit notes and payments lists as CSV/XLSX files: for several filter,
// search and sort combinations the file is the list — the list functions' own pages (5 rows a
// page) concatenated, same rows, same order, same figures — in French and English, amounts as
// decimal text in the CSV and numbers in the XLSX. Another organization's rows never appear
// (even through its client's id), MEMBER gets no file, and a parameter the page would silently
// drop is a 400 naming it.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({ getRequestLocale: async () => "fr" }));

async function world() {
  const { organization, user, member: clientsMember } = await clientOrganization();
  const dupont = await addClient(clientsMember, companyInput({ legalName: "Boulangerie Dupont" }));
  const socgen = await addClient(clientsMember, companyInput({ legalName: "Société Générale" }));
  const emond = await addClient(clientsMember, personInput({ firstName: "Zélie", lastName: "Émond" }));
  const org = organization.id;

  await insertDocument(org, dupont.id, { status: "DRAFT", exclCents: 5_000 });
  await insertDocument(org, dupont.id, { issueDate: daysAgo(5), dueDate: inDays(25), exclCents: 10_000 });
  const partial = await insertDocument(org, socgen.id, {
    issueDate: daysAgo(10),
    dueDate: inDays(20),
    exclCents: 20_000,
  });
  const overdue = await insertDocument(org, socgen.id, {
    issueDate: daysAgo(60),
    dueDate: daysAgo(30),
    exclCents: 30_000,
  });
  const overduePartial = await insertDocument(org, emond.id, {
    issueDate: daysAgo(45),
    dueDate: daysAgo(15),
    exclCents: 40_000,
  });
  const paid = await insertDocument(org, emond.id, { issueDate: daysAgo(90), dueDate: daysAgo(60), exclCents: 50_000 });
  const cancelled = await insertDocument(org, dupont.id, {
    issueDate: daysAgo(20),
    dueDate: inDays(10),
    exclCents: 60_000,
  });
  const credited = await insertDocument(org, socgen.id, { issueDate: daysAgo(30), dueDate: today, exclCents: 70_000 });
  const deposit = await insertDocument(org, emond.id, {
    type: "DEPOSIT_INVOICE",
    issueDate: daysAgo(3),
    dueDate: inDays(27),
    exclCents: 80_000,
  });
  // An invoice in dollars: its amounts are USD cents, named by the currency column.
  await db.document.create({
    data: {
      organizationId: org,
      clientId: emond.id,
      type: "INVOICE",
      status: "ISSUED",
      number: `USD-${today.slice(0, 4)}-1`,
      issueDate: dateFromCalendar(daysAgo(40)),
      dueDate: dateFromCalendar(daysAgo(10)),
      currency: "USD",
      exchangeRate: "0.92",
      totalExclVatCents: 12_345,
      totalVatCents: 2_469,
      totalInclVatCents: 14_814,
    },
  });
  // Same total as another, to see the sort's tie-break by id.
  await insertDocument(org, dupont.id, { issueDate: daysAgo(30), dueDate: daysAgo(1), exclCents: 10_000 });

  await pay(partial, 10_000, { date: daysAgo(8), method: "CHEQUE", reference: "CHQ 778899" });
  await pay(overduePartial, 5_000, { date: daysAgo(12), method: "TRANSFER", reference: "VIR-EMOND-1" });
  await pay(paid, 20_000, { date: daysAgo(70), method: "TRANSFER", reference: "VIR-EMOND-2" });
  await pay(paid, 40_000, { date: daysAgo(65), method: "CARD" });
  await pay(credited, 60_000, { date: daysAgo(2), method: "CASH", reference: "Espèces" });
  await pay(deposit, 12_000, { date: daysAgo(1), method: "OTHER", reference: "PayPal" });
  await credit(cancelled, 60_000);
  await credit(credited, 20_000);

  await insertDocument(org, dupont.id, { type: "QUOTE", status: "SENT", validUntil: inDays(10), exclCents: 7_000 });
  await insertDocument(org, dupont.id, {
    type: "QUOTE",
    status: "SENT",
    validUntil: daysAgo(1),
    issueDate: daysAgo(31),
  });
  await insertDocument(org, socgen.id, { type: "QUOTE", status: "ACCEPTED", validUntil: inDays(20), exclCents: 9_000 });
  await insertDocument(org, socgen.id, { type: "QUOTE", status: "DRAFT" });
  await insertDocument(org, socgen.id, { type: "CREDIT_NOTE", status: "DRAFT", creditedInvoiceId: overdue.id });

  const owner = await actingAs(user.id, org, "exports.read");
  return { organization, user, owner, clients: { dupont, socgen, emond }, invoices: { overdue, paid } };
}

/** Another organization, with names of its own, so a leak would show in the file's text. */
async function otherWorld() {
  const { organization, user } = await clientOrganization();
  const member = await actingAs(user.id, organization.id, "clients.write");
  const client = await addClient(member, companyInput({ legalName: "Concurrent Caché SAS" }));
  const invoice = await insertDocument(organization.id, client.id, {
    number: "SECRET-0001",
    issueDate: daysAgo(40),
    dueDate: daysAgo(20),
  });
  await pay(invoice, 3_000, { date: daysAgo(4), reference: "VIR-SECRET" });
  return { organization, user, client, owner: await actingAs(user.id, organization.id, "exports.read") };
}

let w: Awaited<ReturnType<typeof world>>;
let other: Awaited<ReturnType<typeof otherWorld>>;

beforeAll(async () => {
  w = await world();
  other = await otherWorld();
}, 120_000);

type Kind = "quotes" | "invoices" | "creditNotes";
const lists = { quotes: listQuotes, invoices: listInvoices, creditNotes: listCreditNotes };

/** Every page of the list, 5 rows a page, as the page function returns them. */
async function allPages(kind: Kind, member: MemberContext, params: Record<string, string>) {
  const first = await lists[kind](member, { ...params, pageSize: "5" });
  const items = [...first.items];
  for (let page = 2; page <= first.pageCount; page += 1)
    items.push(...(await lists[kind](member, { ...params, pageSize: "5", page: String(page) })).items);
  expect(items).toHaveLength(first.total);
  return { items, totals: first.totals };
}

async function allPaymentPages(member: MemberContext, params: Record<string, string>) {
  const first = await listPayments(member, { ...params, pageSize: "5" });
  const items = [...first.items];
  for (let page = 2; page <= first.pageCount; page += 1)
    items.push(...(await listPayments(member, { ...params, pageSize: "5", page: String(page) })).items);
  expect(items).toHaveLength(first.total);
  return { items, totals: first.totals };
}

/** The CSV's header and records (BOM removed; papaparse, as the app's import reads files). */
function csvRows(file: TableFile) {
  expect(typeof file.body).toBe("string");
  const text = String(file.body).replace(/^\uFEFF/, "");
  // readCsv (made for imports) refuses a file without data lines: an empty list's file is its header.
  if (text.trimEnd().split("\r\n").length === 1) return { header: text.trimEnd().split(/[;,]/), rows: [] };
  const table = readCsv(text);
  return { header: table.header, rows: table.records.map((record) => record.cells) };
}

/** "1234,56" / "1234.56" → cents, without floats; "" → null. */
function csvCents(text: string): number | null {
  if (text === "") return null;
  expect(text).toMatch(/^-?\d+[.,]\d{2}$/);
  return Number(text.replace(/[.,]/, ""));
}

/** "07/12/2026" (fr) or "2026-12-07" (en) → "2026-12-07"; "" → null. */
function csvDay(text: string): string | null {
  if (text === "") return null;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${french[2]}-${french[1]}` : text;
}

function statusText(row: DocumentListRow, locale: Locale) {
  const labels = getMessages(locale).documentStatuses;
  return row.type === "CREDIT_NOTE" && row.displayStatus === "ISSUED"
    ? labels.creditNoteIssued
    : labels[row.displayStatus];
}

/** What the invoices list shows of a row, in the file's columns that the list has. */
const listInvoiceLine = (row: DocumentListRow, locale: Locale) => ({
  number: row.number,
  type: getMessages(locale).documentTypes[row.type],
  status: statusText(row, locale),
  client: row.client.name,
  issueDate: row.issueDate,
  dueDate: row.dueDate,
  excl: row.totalExclVatCents,
  incl: row.totalInclVatCents,
  balance: row.balanceCents,
});

/** The same from a CSV line of the invoices file (13 columns). */
function csvInvoiceLine(cells: string[]) {
  expect(cells).toHaveLength(13);
  const [number, type, status, client, issueDate, dueDate, excl, , incl, , , balance] = cells;
  return {
    number: number === "" ? null : number!,
    type: type!,
    status: status!,
    client: client!,
    issueDate: csvDay(issueDate!),
    dueDate: csvDay(dueDate!),
    excl: csvCents(excl!),
    incl: csvCents(incl!),
    balance: csvCents(balance!),
  };
}

async function invoicesFile(params: ExportParams, locale: Locale = "en", format: TableFormat = "csv") {
  return exportDocumentList(w.owner, "invoices", params, locale, format);
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe("invoices file = the invoices list", () => {
  const combinations: [string, () => Record<string, string>][] = [
    ["no filter (newest first)", () => ({})],
    ["status overdue", () => ({ status: "OVERDUE" })],
    ["the overdue flag, by due date", () => ({ overdue: "1", sort: "dueDate", dir: "asc" })],
    ["a client", () => ({ client: w.clients.socgen.id })],
    ["a date range", () => ({ from: daysAgo(45), to: daysAgo(5) })],
    ["a search on the client", () => ({ q: "dupont" })],
    ["a search on the number", () => ({ q: "00002" })],
    ["sorted by total", () => ({ sort: "total", dir: "asc" })],
    ["sorted by status", () => ({ sort: "status", dir: "desc" })],
    ["sorted by client", () => ({ sort: "client" })],
    ["amounts between 150 and 500", () => ({ min: "150", max: "500,00" })],
    ["partly paid deposit invoices", () => ({ status: "PARTIALLY_PAID", type: "DEPOSIT_INVOICE" })],
  ];

  it.each(combinations)("%s: same rows, same order, same figures (CSV, English)", async (_name, paramsOf) => {
    const params = paramsOf();
    const list = await allPages("invoices", w.owner, params);
    const file = await invoicesFile(params);
    const { rows } = csvRows(file);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map(csvInvoiceLine)).toEqual(list.items.map((row) => listInvoiceLine(row, "en")));
    // The page's footer: the sums of the whole filtered set (one currency here: no USD row).
    const lines = rows.map(csvInvoiceLine);
    if (!rows.some((cells) => cells[12] === "USD")) {
      expect(sum(lines.map((line) => line.excl))).toBe(list.totals.totalExclVatCents);
      expect(sum(lines.map((line) => line.incl))).toBe(list.totals.totalInclVatCents);
      expect(sum(lines.map((line) => line.balance))).toBe(list.totals.balanceDueCents);
    }
  });

  it("the unfiltered list holds every invoice once, drafts and the dollar invoice included", async () => {
    const { rows } = csvRows(await invoicesFile({}));
    const invoices = await db.document.count({
      where: { organizationId: w.organization.id, type: { in: ["INVOICE", "DEPOSIT_INVOICE"] } },
    });
    expect(rows).toHaveLength(invoices);
    expect(rows.filter((cells) => cells[12] === "USD").map((cells) => cells[0])).toEqual([
      `USD-${today.slice(0, 4)}-1`,
    ]);
    // Filters actually filter: not every combination is the whole list.
    expect(csvRows(await invoicesFile({ status: "OVERDUE" })).rows.length).toBeLessThan(invoices);
  });

  it("has each document's VAT, paid, credited and currency, from the documents themselves", async () => {
    const { rows } = csvRows(await invoicesFile({}, "fr"));
    const documents = await db.document.findMany({
      where: { organizationId: w.organization.id, type: { in: ["INVOICE", "DEPOSIT_INVOICE"] }, number: { not: null } },
    });
    expect(documents.length).toBeGreaterThan(5);
    for (const document of documents) {
      const cells = rows.find((line) => line[0] === document.number)!;
      expect({
        excl: csvCents(cells[6]!),
        vat: csvCents(cells[7]!),
        incl: csvCents(cells[8]!),
        paid: csvCents(cells[9]!),
        credited: csvCents(cells[10]!),
        currency: cells[12],
      }).toEqual({
        excl: document.totalExclVatCents,
        vat: document.totalVatCents,
        incl: document.totalInclVatCents,
        paid: document.paidCents,
        credited: document.creditedCents,
        currency: document.currency,
      });
    }
    const paid = rows.find((line) => line[0] === w.invoices.paid.number)!;
    // 500,00 HT + 20 % = 600,00 TTC, paid 200 + 400: decimal comma in French, nothing left.
    expect(paid).toEqual([
      w.invoices.paid.number,
      "Facture",
      "Payée",
      w.clients.emond.name,
      calendarFromDate(w.invoices.paid.issueDate!).split("-").reverse().join("/"),
      calendarFromDate(w.invoices.paid.dueDate!).split("-").reverse().join("/"),
      "500,00",
      "100,00",
      "600,00",
      "600,00",
      "0,00",
      "0,00",
      "EUR",
    ]);
  });

  it("names its columns in the user's language, the file after the list and the day", async () => {
    const fr = await invoicesFile({}, "fr");
    expect(csvRows(fr).header).toEqual([
      "Numéro",
      "Type",
      "État",
      "Client",
      "Date",
      "Échéance",
      "Montant HT",
      "TVA",
      "Montant TTC",
      "Payé",
      "Avoirs",
      "Reste dû",
      "Devise",
    ]);
    expect(fr.fileName).toBe(`factures-${today}.csv`);
    expect(String(fr.body).split("\r\n")[0]).toContain(";");
    const en = await invoicesFile({}, "en", "xlsx");
    expect(en.fileName).toBe(`invoices-${today}.xlsx`);
    expect((await readXlsxRows(en.body))[0]).toEqual([
      "Number",
      "Type",
      "Status",
      "Client",
      "Date",
      "Due date",
      "Amount excl. VAT",
      "VAT",
      "Amount incl. VAT",
      "Paid",
      "Credit notes",
      "Balance due",
      "Currency",
    ]);
  });

  it("the XLSX holds the CSV's figures as numbers and dates", async () => {
    const params = { sort: "client", dir: "asc", from: daysAgo(100) };
    const csv = csvRows(await invoicesFile(params, "en")).rows;
    const xlsx = (await readXlsxRows((await invoicesFile(params, "fr", "xlsx")).body)).slice(1);
    expect(xlsx).toHaveLength(csv.length);
    xlsx.forEach((row, index) => {
      const cells = csv[index]!;
      expect(row[0]).toBe(cells[0] === "" ? null : cells[0]);
      expect(row[3]).toBe(cells[3]);
      expect(row[4]).toEqual(cells[4] ? new Date(`${cells[4]}T00:00:00.000Z`) : null);
      expect(row[5]).toEqual(cells[5] ? new Date(`${cells[5]}T00:00:00.000Z`) : null);
      for (const column of [6, 7, 8, 9, 10, 11]) {
        const cents = csvCents(cells[column]!);
        expect(row[column]).toBe(cents === null ? null : cents / 100);
      }
      expect(row[12]).toBe(cells[12]);
    });
    expect(xlsx.some((row) => typeof row[6] === "number" && row[6] > 0)).toBe(true);
  });
});

describe("quotes and credit notes files", () => {
  it.each<[Kind, Record<string, string>]>([
    ["quotes", {}],
    ["quotes", { status: "EXPIRED" }],
    ["quotes", { sort: "total", dir: "desc" }],
    ["creditNotes", {}],
    ["creditNotes", { status: "ISSUED", sort: "client" }],
  ])("%s %j: the list's rows in its order", async (kind, params) => {
    const list = await allPages(kind, w.owner, params);
    const { header, rows } = csvRows(await exportDocumentList(w.owner, kind, params, "fr", "csv"));
    expect(header.slice(0, 5)).toEqual(["Numéro", "Type", "État", "Client", "Date"]);
    expect(header).toHaveLength(kind === "quotes" ? 10 : 9);
    if (kind === "quotes") expect(header[5]).toBe("Valable jusqu'au");
    const excl = kind === "quotes" ? 6 : 5;
    expect(rows.map((cells) => [cells[0] || null, cells[2], cells[3], csvCents(cells[excl]!)])).toEqual(
      list.items.map((row) => [row.number, statusText(row, "fr"), row.client.name, row.totalExclVatCents]),
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("payments file = the payments list", () => {
  const listPaymentLine = (row: PaymentListRow, locale: Locale) => ({
    date: row.date,
    number: row.invoice.number,
    client: row.client.name,
    method: getMessages(locale).paymentMethods[row.method],
    amount: row.amountCents,
    reference: row.reference,
  });
  const csvPaymentLine = (cells: string[]) => {
    expect(cells).toHaveLength(8);
    const [date, number, , client, method, amount, , reference] = cells;
    return {
      date: csvDay(date!),
      number: number!,
      client: client!,
      method: method!,
      amount: csvCents(amount!),
      reference: reference === "" ? null : reference!,
    };
  };

  it.each<[string, () => Record<string, string>]>([
    ["no filter", () => ({})],
    ["a method", () => ({ method: "TRANSFER" })],
    ["a client", () => ({ client: w.clients.emond.id })],
    ["a date range", () => ({ from: daysAgo(15), to: daysAgo(2) })],
    ["a search", () => ({ q: "vir" })],
    ["sorted by amount", () => ({ sort: "amount", dir: "asc" })],
    ["sorted by client", () => ({ sort: "client", dir: "desc" })],
  ])("%s: same rows, same order, same amounts", async (_name, paramsOf) => {
    const params = paramsOf();
    for (const locale of ["fr", "en"] as const) {
      const list = await allPaymentPages(w.owner, params);
      const file = await exportPaymentList(w.owner, params, locale, "csv");
      const { rows } = csvRows(file);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map(csvPaymentLine)).toEqual(list.items.map((row) => listPaymentLine(row, locale)));
      expect(sum(rows.map((cells) => csvCents(cells[5]!)))).toBe(list.totals.amountCents);
    }
  });

  it("French and English headers; the XLSX has the amounts as numbers", async () => {
    const fr = await exportPaymentList(w.owner, {}, "fr", "csv");
    expect(fr.fileName).toBe(`reglements-${today}.csv`);
    expect(csvRows(fr).header).toEqual([
      "Date",
      "Facture",
      "Type de facture",
      "Client",
      "Mode",
      "Montant",
      "Devise",
      "Référence",
    ]);
    const en = await exportPaymentList(w.owner, { sort: "amount", dir: "desc" }, "en", "xlsx");
    expect(en.fileName).toBe(`payments-${today}.xlsx`);
    const rows = await readXlsxRows(en.body);
    expect(rows[0]).toEqual(["Date", "Invoice", "Invoice type", "Client", "Method", "Amount", "Currency", "Reference"]);
    const list = await allPaymentPages(w.owner, { sort: "amount", dir: "desc" });
    expect(rows.slice(1).map((row) => row[5])).toEqual(list.items.map((row) => row.amountCents / 100));
    expect(rows[1]).toEqual([
      new Date(`${daysAgo(2)}T00:00:00.000Z`),
      expect.any(String),
      "Invoice",
      "Société Générale",
      "Cash",
      600,
      "EUR",
      "Espèces",
    ]);
  });
});

describe("tenancy", () => {
  it("never holds another organization's rows, even asked for its client", async () => {
    const texts = [
      ...(await Promise.all(
        (["invoices", "quotes", "creditNotes"] as const).map(async (kind) =>
          String((await exportDocumentList(w.owner, kind, {}, "fr", "csv")).body),
        ),
      )),
      String((await exportPaymentList(w.owner, {}, "fr", "csv")).body),
    ];
    for (const text of texts) {
      expect(text).not.toContain("Concurrent Caché");
      expect(text).not.toContain("SECRET");
    }
    // Their client's id in our query: nothing (not their rows).
    const forged = { client: other.client.id };
    expect(csvRows(await invoicesFile(forged)).rows).toEqual([]);
    expect(csvRows(await exportPaymentList(w.owner, forged, "en", "csv")).rows).toEqual([]);
    // And they see only theirs.
    const theirs = csvRows(await exportDocumentList(other.owner, "invoices", {}, "en", "csv")).rows;
    expect(theirs.map((cells) => [cells[0], cells[3]])).toEqual([["SECRET-0001", "Concurrent Caché SAS"]]);
    const theirPayments = csvRows(await exportPaymentList(other.owner, {}, "en", "csv")).rows;
    expect(theirPayments.map((cells) => cells[7])).toEqual(["VIR-SECRET"]);
  });
});

describe("permissions", () => {
  it("a MEMBER reads the lists but gets no file; an ACCOUNTANT and an ADMIN do", async () => {
    const { user } = await addMember(w.organization.id, "MEMBER");
    const member = await actingAs(user.id, w.organization.id, "documents.read");
    expect((await listInvoices(member, {})).total).toBeGreaterThan(0);
    await expectAppError(exportDocumentList(member, "invoices", {}, "fr", "csv"), "forbidden");
    await expectAppError(exportPaymentList(member, {}, "fr", "xlsx"), "forbidden");
    for (const role of ["ACCOUNTANT", "ADMIN"] as const) {
      const reader = await addMember(w.organization.id, role);
      const acting = await actingAs(reader.user.id, w.organization.id, "exports.read");
      expect((await exportDocumentList(acting, "invoices", {}, "fr", "csv")).body).toBe(
        (await invoicesFile({}, "fr")).body,
      );
    }
  });
});

describe("bad parameters", () => {
  const fieldErrors = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).details.fieldErrors;
  };

  it.each<[ExportParams, Record<string, string[]>]>([
    [{ status: "BOGUS" }, { status: ["status_invalid"] }],
    [{ status: "overdue" }, { status: ["status_invalid"] }],
    [{ status: "EXPIRED" }, { status: ["status_invalid"] }],
    [{ status: ["PAID", "OVERDUE"] }, { status: ["status_invalid"] }],
    [{ type: "QUOTE" }, { type: ["type_invalid"] }],
    [{ sort: "amount" }, { sort: ["sort_invalid"] }],
    [{ dir: "up" }, { dir: ["dir_invalid"] }],
    [{ client: "x".repeat(65) }, { client: ["client_invalid"] }],
    [{ from: "2026-02-30" }, { from: ["from_invalid"] }],
    [{ to: "07/12/2026" }, { to: ["to_invalid"] }],
    [{ from: "2026-06-01", to: "2026-05-31" }, { to: ["dates_reversed"] }],
    [{ from: "2016-01-01", to: "2026-01-01" }, { to: ["range_too_long"] }],
    [{ min: "abc" }, { min: ["min_invalid"] }],
    [{ min: "500", max: "100" }, { max: ["amounts_reversed"] }],
    [{ overdue: "maybe" }, { overdue: ["overdue_invalid"] }],
    [{ q: "a".repeat(201) }, { q: ["q_too_long"] }],
  ])("invoices %j → %j", async (params, expected) => {
    expect(await fieldErrors(invoicesFile(params))).toEqual(expected);
  });

  it("a ten-year range, empty values and the page's own parameters are accepted", async () => {
    const all = csvRows(await invoicesFile({})).rows;
    const same = { from: "", to: "", status: "", client: "", min: " ", overdue: "0", page: "3", pageSize: "5" };
    expect(csvRows(await invoicesFile(same)).rows).toEqual(all);
    // Ten years to the day is still one range: from = today ten years ago + 1 day.
    const tenYears = { from: addDays(`${Number(today.slice(0, 4)) - 10}${today.slice(4)}`, 1), to: today };
    const inRange = csvRows(await invoicesFile(tenYears)).rows.map(csvInvoiceLine);
    expect(inRange).toEqual(
      (await allPages("invoices", w.owner, tenYears)).items.map((row) => listInvoiceLine(row, "en")),
    );
    expect(inRange.length).toBeGreaterThan(0);
  });

  it.each<[ExportParams, Record<string, string[]>]>([
    [{ method: "BITCOIN" }, { method: ["method_invalid"] }],
    [{ sort: "total" }, { sort: ["sort_invalid"] }],
    [{ from: "2026-12-07", to: "2026-12-01" }, { to: ["dates_reversed"] }],
  ])("payments %j → %j", async (params, expected) => {
    expect(await fieldErrors(exportPaymentList(w.owner, params, "en", "csv"))).toEqual(expected);
  });

  it("past the row limit the export is refused, not cut", async () => {
    const query = parseDocumentListQuery("invoices", {});
    const { pageIds } = documentPageSql(scopeOfList(w.organization.id, "invoices"), query, today);
    const rows = (ids: string[]) => documentPageSql(scopeOfList(w.organization.id, "invoices"), query, today).rows(ids);
    const count = (await listInvoices(w.owner, {})).total;
    expect(await readListExport({ pageIds, rows }, "csv", count)).toHaveLength(count);
    await expectAppError(readListExport({ pageIds, rows }, "csv", count - 1), "export_too_large");
    await expectAppError(readListExport({ pageIds, rows }, "xlsx", count - 1), "xlsx_too_large");
  });
});

describe("routes", () => {
  const getDocuments = (kind: string, query: string) =>
    documentsRoute(new Request(`http://localhost/api/exports/documents/${kind}?${query}`), {
      params: Promise.resolve({ kind }),
    });
  const getPayments = (query: string) => paymentsRoute(new Request(`http://localhost/api/exports/payments?${query}`));

  afterEach(() => {
    currentSession = null;
  });

  it("answers the file to an owner, in the asked format, named in the user's language", async () => {
    currentSession = await signedIn(w.user.id, w.organization.id);
    const response = await getDocuments("invoices", `status=OVERDUE&sort=dueDate&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="factures-${today}.xlsx"`);
    const rows = await readXlsxRows(new Uint8Array(await response.arrayBuffer()));
    const list = await allPages("invoices", w.owner, { status: "OVERDUE", sort: "dueDate" });
    expect(rows.slice(1).map((row) => row[0])).toEqual(list.items.map((row) => row.number));

    const credits = await getDocuments("credit-notes", "");
    expect(credits.headers.get("content-disposition")).toBe(`attachment; filename="avoirs-${today}.csv"`);
    const payments = await getPayments("method=CASH");
    expect(payments.status).toBe(200);
    expect(await payments.text()).toContain("Espèces");
  });

  it("401 signed out, 403 for a MEMBER, 400 with the parameter's code, 404 for another list", async () => {
    const signedOut = await getDocuments("invoices", "");
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("content-type")).toContain("application/problem+json");
    expect((await getPayments("")).status).toBe(401);

    const { user } = await addMember(w.organization.id, "MEMBER");
    currentSession = await signedIn(user.id, w.organization.id);
    expect((await getDocuments("invoices", "")).status).toBe(403);
    expect((await getPayments("")).status).toBe(403);

    currentSession = await signedIn(w.user.id, w.organization.id);
    for (const [query, code] of [
      ["status=BOGUS", "status_invalid"],
      ["from=2026-06-01&to=2026-05-01", "dates_reversed"],
      ["status=PAID&status=OVERDUE", "status_invalid"],
      ["client=%00abc", "client_invalid"],
      ["format=pdf", "format_invalid"],
    ] as const) {
      const response = await getDocuments("invoices", query);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ status: 400, code });
    }
    const quotes = await getDocuments("quotes", "status=OVERDUE");
    expect(await quotes.json()).toMatchObject({ status: 400, code: "status_invalid" });
    const payments = await getPayments("method=BITCOIN");
    expect(await payments.json()).toMatchObject({ status: 400, code: "method_invalid" });
    const unknown = await getDocuments("clients", "");
    expect(unknown.status).toBe(404);
  });
});
