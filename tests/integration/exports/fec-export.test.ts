import { GET as fecRoute } from "@/app/api/exports/fec/route";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { createDraft } from "@/lib/documents/create-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { listInvoices } from "@/lib/documents/lists/list-documents";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import type { RateTotals } from "@/lib/documents/totals/compute-totals";
import { DEFAULT_CHART, vatAccount } from "@/lib/exports/fec/chart-of-accounts";
import { exportFec } from "@/lib/exports/fec/export-fec";
import { FEC_COLUMNS } from "@/lib/exports/fec/write-fec";
import { recordPayment } from "@/lib/payments/record-payment";
import { testMeta } from "../../support/factories";
import { documentWorkspace, draftInput, lineInput, makeIssuedInvoice } from "../../support/document-factories";
import { addClient } from "../../support/client-factories";
import { insertDocument } from "../../support/issued-document-factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";

// A year of an organization built through the app's own functions (quote → deposit → final
// invoice, partial and full credit notes, partial payments by several methods, several VAT
// rates), exported as FEC and checked line by line against the database and the lists.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));

const today = calendarDate();
const year = today.slice(0, 4);
const period = { from: `${year}-01-01`, to: today };
const lastYear = String(Number(year) - 1);

type Row = Record<(typeof FEC_COLUMNS)[number], string>;

async function readFec(member: MemberContext, input: unknown) {
  const file = await exportFec(member, input);
  let text = "";
  for await (const line of file.lines) text += line;
  const lines = text.split("\r\n");
  expect(lines.pop()).toBe("");
  const [header, ...body] = lines;
  expect(header!.split("\t")).toEqual([...FEC_COLUMNS]);
  const rows = body.map((line) => {
    const fields = line.split("\t");
    expect(fields).toHaveLength(18);
    return Object.fromEntries(FEC_COLUMNS.map((column, index) => [column, fields[index]!])) as Row;
  });
  return { fileName: file.fileName, text, rows };
}

const cents = (amount: string) => {
  expect(amount).toMatch(/^\d+,\d{2}$/);
  return Number(amount.replace(",", ""));
};

async function buildYear() {
  const { organization, user, member, client } = await documentWorkspace();
  const clientWriter = await actingAs(user.id, organization.id, "clients.write");
  const other = await addClient(clientWriter);

  // Quote at 20 % and 10 % (services and goods) → 30 % deposit, paid → final invoice, half paid by cheque.
  const quote = await createDraft(
    member,
    "QUOTE",
    draftInput(client.id, {
      lines: [
        lineInput({ description: "Conception", quantity: "2", unitPrice: "450,00", vatRate: "2000" }),
        lineInput({ description: "Fournitures", quantity: "10", unitPrice: "35,50", vatRate: "1000", kind: "GOODS" }),
      ],
    }),
    testMeta(),
  );
  await sendQuote(member, quote.id, {}, testMeta());
  await acceptQuote(member, quote.id, testMeta());
  const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
  const issuedDeposit = await issueDocument(member, deposit.documentId, {}, testMeta());
  await recordPayment(
    member,
    deposit.documentId,
    { date: today, amount: (issuedDeposit.totalInclVatCents / 100).toFixed(2), method: "TRANSFER" },
    testMeta(),
  );
  const final = await convertQuoteToInvoice(member, quote.id, testMeta());
  await issueDocument(member, final.documentId, {}, testMeta());
  await recordPayment(member, final.documentId, { date: today, amount: "500,00", method: "CHEQUE" }, testMeta());

  // Another client: 5,5 % and 20 %, a partial credit note, the rest paid in cash → settled.
  const second = await makeIssuedInvoice(member, other.id, {
    lines: [
      lineInput({ unitPrice: "200,00", vatRate: "550", kind: "GOODS" }),
      lineInput({ unitPrice: "100,00", vatRate: "2000" }),
    ],
  });
  const partialCredit = await createCreditNote(
    member,
    { invoiceId: second.id, mode: "AMOUNT", amount: "50,00" },
    testMeta(),
  );
  const issuedPartialCredit = await issueDocument(member, partialCredit.documentId, {}, testMeta());
  const rest = second.totalInclVatCents - issuedPartialCredit.totalInclVatCents;
  await recordPayment(member, second.id, { date: today, amount: (rest / 100).toFixed(2), method: "CASH" }, testMeta());

  // An invoice cancelled by a full credit note.
  const cancelled = await makeIssuedInvoice(member, client.id, {
    lines: [lineInput({ unitPrice: "80,00", vatRate: "1000" })],
  });
  const fullCredit = await createCreditNote(member, { invoiceId: cancelled.id, mode: "FULL" }, testMeta());
  await issueDocument(member, fullCredit.documentId, {}, testMeta());

  // Last year's invoice: outside the period.
  const old = await insertDocument({
    organizationId: organization.id,
    clientId: client.id,
    type: "INVOICE",
    status: "ISSUED",
    issueDate: `${lastYear}-06-01`,
    lines: [{ unitPriceCents: 77_700, vatRateBps: 2000 }],
  });
  return { organization, user, member, client, other, final, second, cancelled, old };
}

describe("exportFec", () => {
  it("a year: every entry balances, 411 is the lists' balance due, VAT accounts are the documents' VAT per rate", async () => {
    const year = await buildYear();
    const { rows, fileName, text } = await readFec(year.member, period);
    expect(fileName).toBe(`552120222FEC${period.to.replaceAll("-", "")}.txt`);

    // Every entry balances; numbers run 1, 2… per journal in date order.
    const entries = new Map<string, Row[]>();
    for (const row of rows) entries.set(row.EcritureNum, [...(entries.get(row.EcritureNum) ?? []), row]);
    for (const [number, lines] of entries) {
      const debit = lines.reduce((sum, line) => sum + cents(line.Debit), 0);
      const credit = lines.reduce((sum, line) => sum + cents(line.Credit), 0);
      expect({ number, debit }).toEqual({ number, debit: credit });
      expect(new Set(lines.map((line) => line.JournalCode)).size).toBe(1);
    }
    const numbers = [...entries.keys()];
    expect(numbers.filter((number) => number.startsWith("VT"))).toEqual(
      // deposit, final invoice, second invoice, partial credit note, cancelled invoice, full credit note
      ["VT000001", "VT000002", "VT000003", "VT000004", "VT000005", "VT000006"],
    );
    expect(numbers.filter((number) => number.startsWith("BQ"))).toEqual(["BQ000001", "BQ000002"]);
    expect(numbers.filter((number) => number.startsWith("CA"))).toEqual(["CA000001"]);
    for (const row of rows) {
      for (const column of ["EcritureDate", "PieceDate", "ValidDate"] as const) expect(row[column]).toMatch(/^\d{8}$/);
      expect(row.DateLet).toMatch(/^(\d{8})?$/);
    }

    // 411 (debit − credit) = the balance due the invoices list computes for the period.
    const clientRows = rows.filter((row) => row.CompteNum === "411000");
    expect(clientRows.every((row) => /^C[0-9A-Z]{8}$/.test(row.CompAuxNum))).toBe(true);
    const clientBalance = clientRows.reduce((sum, row) => sum + cents(row.Debit) - cents(row.Credit), 0);
    const list = await listInvoices(year.member, { from: period.from, to: period.to });
    expect(clientBalance).toBe(list.totals.balanceDueCents);
    expect(clientBalance).toBeGreaterThan(0);

    // Each VAT account = the issued documents' VAT at its rate (credit notes deducted).
    const documents = await db.document.findMany({
      where: {
        organizationId: year.organization.id,
        type: { in: ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] },
        status: "ISSUED",
        issueDate: { gte: new Date(`${period.from}T00:00:00Z`) },
      },
    });
    const expectedVat = new Map<string, number>();
    for (const document of documents) {
      for (const rate of document.vatBreakdown as RateTotals[]) {
        const account = vatAccount(DEFAULT_CHART, rate.vatRateBps).number;
        const signed = document.type === "CREDIT_NOTE" ? -rate.vatCents : rate.vatCents;
        expectedVat.set(account, (expectedVat.get(account) ?? 0) + signed);
      }
    }
    const actualVat = new Map<string, number>();
    for (const row of rows.filter((line) => line.CompteNum.startsWith("44571"))) {
      actualVat.set(row.CompteNum, (actualVat.get(row.CompteNum) ?? 0) + cents(row.Credit) - cents(row.Debit));
    }
    expect(Object.fromEntries(actualVat)).toEqual(
      Object.fromEntries([...expectedVat].filter(([, amount]) => amount !== 0)),
    );
    expect([...actualVat.keys()].sort()).toEqual(["445711", "445712", "445713"]);

    // Deposits: 4191 credited by the deposit, debited back by the final invoice → nets to zero.
    const deposits = rows.filter((row) => row.CompteNum === "419100");
    expect(deposits.length).toBeGreaterThanOrEqual(2);
    expect(deposits.reduce((sum, row) => sum + cents(row.Credit) - cents(row.Debit), 0)).toBe(0);

    // Lettering: the settled invoices and their payments / credit notes, not the half-paid final one.
    const final = await db.document.findUniqueOrThrow({ where: { id: year.final.documentId } });
    const finalInvoiceRow = clientRows.find((row) => row.PieceRef === final.number && row.JournalCode === "VT")!;
    expect(finalInvoiceRow.EcritureLet).toBe("");
    const lettered = clientRows.filter((row) => row.EcritureLet !== "");
    expect(lettered.length).toBe(2 + 3 + 2); // deposit + payment, invoice + credit + cash, invoice + full credit
    const groups = new Map<string, number>();
    for (const row of lettered) {
      const key = `${row.CompAuxNum}:${row.EcritureLet}`;
      groups.set(key, (groups.get(key) ?? 0) + cents(row.Debit) - cents(row.Credit));
      expect(row.DateLet).toBe(today.replaceAll("-", ""));
    }
    expect([...groups.values()].every((balance) => balance === 0)).toBe(true);

    // Last year's invoice is outside the period.
    expect(text).not.toContain(year.old.number!);
  });

  it("never shows another organization's documents, clients or payments", async () => {
    const mine = await documentWorkspace();
    await makeIssuedInvoice(mine.member, mine.client.id);
    const theirs = await documentWorkspace();
    const foreign = await makeIssuedInvoice(theirs.member, theirs.client.id, {
      lines: [lineInput({ unitPrice: "999,99", vatRate: "2000" })],
    });
    await recordPayment(theirs.member, foreign.id, { date: today, amount: "100,00", method: "CARD" }, testMeta());

    const { text, rows } = await readFec(mine.member, period);
    expect(rows.length).toBeGreaterThan(0);
    // (Both organizations number from F-…-00001: the number proves nothing here.)
    expect(text).not.toContain(theirs.client.name);
    expect(text).not.toContain("999,99");
    expect(rows.some((row) => row.JournalCode === "BQ")).toBe(false);
  });

  it("refuses a bad period with field errors, a role without exports.read, and no SIREN", async () => {
    const { member, organization } = await documentWorkspace();
    const reversed = await expectAppError(
      exportFec(member, { from: `${year}-12-31`, to: `${year}-01-01` }),
      "invalid_input",
    );
    expect(reversed.details.fieldErrors).toEqual({ to: ["dates_reversed"] });
    const long = await expectAppError(exportFec(member, { from: "2000-01-01", to: `${year}-01-01` }), "invalid_input");
    expect(long.details.fieldErrors).toEqual({ to: ["period_too_long"] });
    await expectAppError(exportFec({ ...member, role: "MEMBER" }, period), "forbidden");
    await db.organizationSettings.update({ where: { organizationId: organization.id }, data: { siren: null } });
    await expectAppError(exportFec(member, period), "fec_siren_missing");
  });
});

describe("GET /api/exports/fec", () => {
  const get = (query: string) => fecRoute(new Request(`http://localhost/api/exports/fec?${query}`));

  it("streams the file to an ACCOUNTANT; 401 without a session; 403 for a MEMBER; 400 for bad dates", async () => {
    const { organization, member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);

    currentSession = null;
    const anonymous = await get(`from=${period.from}&to=${period.to}`);
    expect(anonymous.status).toBe(401);

    const { user: accountant } = await addMember(organization.id, "ACCOUNTANT");
    currentSession = await signedIn(accountant.id, organization.id);
    const response = await get(`from=${period.from}&to=${period.to}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="552120222FEC${period.to.replaceAll("-", "")}.txt"`,
    );
    const text = await response.text();
    expect(text.startsWith("JournalCode\tJournalLib\t")).toBe(true);
    expect(text).toContain(`\t${invoice.number}\t`);

    const bad = await get(`from=${year}-12-31&to=${year}-01-01`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(bad.headers.get("content-disposition")).toBeNull();
    expect(await bad.json()).toMatchObject({ status: 400, code: "invalid_input", errors: { to: ["dates_reversed"] } });
    const missing = await get("from=&to=");
    expect(await missing.json()).toMatchObject({ errors: { from: ["required"], to: ["required"] } });

    const { user: plainMember } = await addMember(organization.id, "MEMBER");
    currentSession = await signedIn(plainMember.id, organization.id);
    const refused = await get(`from=${period.from}&to=${period.to}`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-disposition")).toBeNull();
  });
});
