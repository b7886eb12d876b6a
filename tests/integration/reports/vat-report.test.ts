import { GET as vatRoute } from "@/app/api/reports/vat/route";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { resolveDashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { createDraft } from "@/lib/documents/create-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import type { RateTotals } from "@/lib/documents/totals/compute-totals";
import { AppError } from "@/lib/errors/app-error";
import { recordPayment } from "@/lib/payments/record-payment";
import { vatReport, type VatReport } from "@/lib/reports/vat/vat-report";
import { vatReportFile } from "@/lib/reports/vat/vat-report-file";
import type { VatRow } from "@/lib/reports/vat/vat-rows";
import { testMeta } from "../../support/factories";
import {
  documentWorkspace,
  draftInput,
  lineInput,
  makeDraft,
  makeIssuedInvoice,
} from "../../support/document-factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";
import { addClient, companyInput } from "../../support/client-factories";
import { insertDocument } from "../../support/issued-document-factories";
import { readXlsxRows } from "../../support/xlsx";

// The VAT report against figures the test computes itself from the documents and payments:
// - debits: every issued invoice, deposit invoice (+) and credit note (−) of the period, from
//   each document's own breakdown and its own totals, in an organization that opted for VAT on
//   debits (a quote → deposit → final invoice deducting it, four French rates, an intra-EU and
//   an export line, a credit note reducing its own period, documents before and after the
//   period, a document in USD, another organization's documents);
// - receipts: every payment dated in the period split by a plain re-implementation of "pro rata
//   of the invoice's totals incl. VAT, largest remainder, services only", in an organization on
//   receipts (partial payments, an invoice with two rates, goods, an invoice of goods and
//   services, a payment on an invoice issued before the period, payments outside it).

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({ getRequestLocale: async () => "fr" }));

const today = calendarDate();
const lastYear = String(Number(today.slice(0, 4)) - 1);
const day = (monthDay: string) => `${lastYear}-${monthDay}`;
const period = { from: day("07-01"), to: day("09-30") };
const periodParams = { period: "custom", from: period.from, to: period.to };
const query = `period=custom&from=${period.from}&to=${period.to}`;

const line = (overrides: Record<string, unknown>) => lineInput(overrides);

async function pay(member: MemberContext, invoiceId: string, date: string, amount: string) {
  await recordPayment(member, invoiceId, { date, amount, method: "TRANSFER" }, testMeta());
}

/** A document in USD in an organization keeping its books in EUR (issued with its rate). */
async function issueInDollars(member: MemberContext, clientId: string, issueDate: string) {
  const organizationId = member.organizationId;
  await db.organizationSettings.update({ where: { organizationId }, data: { currency: "USD" } });
  const draft = await makeDraft(member, clientId, { lines: [line({ unitPrice: "5 000,00" })] });
  await db.organizationSettings.update({ where: { organizationId }, data: { currency: "EUR" } });
  return issueDocument(member, draft.id, { issueDate, exchangeRate: "0,9234" }, testMeta());
}

/** An organization on debits: a quarter of documents and their neighbours. */
async function debitsHistory() {
  const workspace = await documentWorkspace("OWNER");
  const { member, client, organization } = workspace;
  await db.organizationSettings.update({ where: { organizationId: organization.id }, data: { vatOnDebits: true } });
  const before = await makeIssuedInvoice(
    member,
    client.id,
    { lines: [line({ unitPrice: "100,00" })] },
    {
      issueDate: day("06-15"),
    },
  );
  const several = await makeIssuedInvoice(
    member,
    client.id,
    {
      lines: [
        line({ description: "Conseil", unitPrice: "1 000,00", vatRate: "2000" }),
        line({ description: "Formation", unitPrice: "200,00", vatRate: "1000" }),
        line({ description: "Livres", quantity: "3", unitPrice: "99,99", vatRate: "550", kind: "GOODS" }),
        line({ description: "Journaux", unitPrice: "50,00", vatRate: "210", kind: "GOODS" }),
        line({
          description: "Pièces exportées",
          unitPrice: "120,00",
          vatRate: "0",
          vatCategory: "G",
          vatExemptionCode: "VATEX-EU-G",
          kind: "GOODS",
        }),
      ],
    },
    { issueDate: day("07-05") },
  );
  // To a German business: goods delivered there (K) and a service it self-assesses (AE).
  const writer = await actingAs(workspace.user.id, organization.id, "clients.write");
  const german = await addClient(
    writer,
    companyInput({ siren: "", billingCountry: "DE", vatNumber: "DE123456789", billingCity: "Berlin" }),
  );
  const europe = await makeIssuedInvoice(
    member,
    german.id,
    {
      lines: [
        line({
          description: "Pièces",
          unitPrice: "250,00",
          vatRate: "0",
          vatCategory: "K",
          vatExemptionCode: "VATEX-EU-IC",
          kind: "GOODS",
        }),
        line({
          description: "Audit",
          unitPrice: "80,00",
          vatRate: "0",
          vatCategory: "AE",
          vatExemptionCode: "VATEX-EU-AE",
        }),
      ],
    },
    { issueDate: day("07-06") },
  );
  // Quote at 20 % (services) and 10 % (goods) → 30 % deposit → final invoice deducting it.
  const quote = await createDraft(
    member,
    "QUOTE",
    draftInput(client.id, {
      lines: [
        line({ description: "Conception", quantity: "2", unitPrice: "450,00", vatRate: "2000" }),
        line({ description: "Fournitures", quantity: "10", unitPrice: "35,50", vatRate: "1000", kind: "GOODS" }),
      ],
    }),
    testMeta(),
  );
  await sendQuote(member, quote.id, {}, testMeta());
  await acceptQuote(member, quote.id, testMeta());
  const depositDraft = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
  const deposit = await issueDocument(member, depositDraft.documentId, { issueDate: day("07-10") }, testMeta());
  const finalDraft = await convertQuoteToInvoice(member, quote.id, testMeta());
  const final = await issueDocument(member, finalDraft.documentId, { issueDate: day("08-01") }, testMeta());
  // A credit note of June's invoice, issued in August: it reduces August's quarter.
  const noteDraft = await createCreditNote(
    member,
    { invoiceId: before.id, mode: "AMOUNT", amount: "60,00" },
    testMeta(),
  );
  const note = await issueDocument(member, noteDraft.documentId, { issueDate: day("08-15") }, testMeta());
  const dollars = await issueInDollars(member, client.id, day("08-20"));
  // A credit note of July's invoice issued in October: not this quarter's.
  const laterDraft = await createCreditNote(
    member,
    { invoiceId: several.id, mode: "AMOUNT", amount: "120,00" },
    testMeta(),
  );
  const laterNote = await issueDocument(member, laterDraft.documentId, { issueDate: day("10-05") }, testMeta());
  const after = await makeIssuedInvoice(
    member,
    client.id,
    { lines: [line({ unitPrice: "700,00" })] },
    {
      issueDate: day("10-10"),
    },
  );
  return { ...workspace, ids: { before, several, europe, deposit, final, note, dollars, laterNote, after } };
}

/** An organization on receipts (the default): services paid in parts, goods, both. */
async function receiptsHistory() {
  const workspace = await documentWorkspace("OWNER");
  const { member, client } = workspace;
  const june = await makeIssuedInvoice(
    member,
    client.id,
    { lines: [line({ unitPrice: "300,00" })] },
    {
      issueDate: day("06-20"),
    },
  );
  const services = await makeIssuedInvoice(
    member,
    client.id,
    { lines: [line({ unitPrice: "1 000,00", vatRate: "2000" }), line({ unitPrice: "500,00", vatRate: "1000" })] },
    { issueDate: day("07-02") },
  );
  const goods = await makeIssuedInvoice(
    member,
    client.id,
    { lines: [line({ description: "Poêle", unitPrice: "400,00", kind: "GOODS" })] },
    { issueDate: day("07-03") },
  );
  const both = await makeIssuedInvoice(
    member,
    client.id,
    {
      lines: [
        line({ description: "Poêle", unitPrice: "400,00", vatRate: "2000", kind: "GOODS" }),
        line({ description: "Pose", unitPrice: "600,00", vatRate: "2000" }),
        line({ description: "Entretien", unitPrice: "100,00", vatRate: "550" }),
      ],
    },
    { issueDate: day("07-04") },
  );
  const dollars = await issueInDollars(member, client.id, day("07-06"));
  await pay(member, june.id, day("06-25"), "100,00");
  await pay(member, june.id, day("07-15"), "260,00");
  await pay(member, services.id, day("07-10"), "700,00");
  await pay(member, services.id, day("08-10"), "333,33");
  await pay(member, services.id, day("10-05"), "100,00");
  await pay(member, goods.id, day("07-20"), "480,00");
  await pay(member, both.id, day("08-05"), "500,00");
  await pay(member, dollars.id, day("08-06"), "1 000,00");
  return { ...workspace, ids: { june, services, goods, both, dollars } };
}

const within = (date: Date | null, range: { from: string; to: string }) =>
  date !== null && calendarFromDate(date) >= range.from && calendarFromDate(date) <= range.to;

const key = (row: { vatCategory: string; vatRateBps: number }) => `${row.vatCategory}:${row.vatRateBps}`;

/** Rows as a map "S:2000" → [base, VAT], zeros left out. */
function byKey(rows: VatRow[]): Record<string, [number, number]> {
  return Object.fromEntries(rows.map((row) => [key(row), [row.baseCents, row.vatCents]]));
}

function add(map: Record<string, [number, number]>, rowKey: string, base: number, vat: number) {
  const [b, v] = map[rowKey] ?? [0, 0];
  map[rowKey] = [b + base, v + vat];
}

const nonZero = (map: Record<string, [number, number]>) =>
  Object.fromEntries(Object.entries(map).filter(([, [base, vat]]) => base !== 0 || vat !== 0));

/** The period's issued documents in EUR, from the database. */
async function issuedIn(organizationId: string, range: { from: string; to: string }) {
  const documents = await db.document.findMany({
    where: { organizationId, status: "ISSUED", type: { in: ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] } },
  });
  return documents.filter((document) => document.currency === "EUR" && within(document.issueDate, range));
}

/** Debits from each document's breakdown: invoices and deposits add, credit notes take away. */
async function expectedInvoiced(organizationId: string, range: { from: string; to: string }) {
  const expected: Record<string, [number, number]> = {};
  for (const document of await issuedIn(organizationId, range)) {
    const sign = document.type === "CREDIT_NOTE" ? -1 : 1;
    for (const group of document.vatBreakdown as RateTotals[]) {
      add(expected, key(group), sign * group.baseCents, sign * group.vatCents);
    }
  }
  return nonZero(expected);
}

/** A plain largest-remainder split (exact: amounts here are small enough for doubles). */
function largestRemainder(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((weight) => (amount * weight) / sum);
  const parts = quotas.map(Math.floor);
  const order = quotas.map((quota, index) => ({ index, rest: quota - Math.floor(quota) }));
  order.sort((a, b) => b.rest - a.rest || a.index - b.index);
  let missing = amount - parts.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (missing-- <= 0) break;
    parts[index]! += 1;
  }
  return parts;
}

const halfUp = (value: number) => Math.sign(value) * Math.round(Math.abs(value));

/**
 * Receipts from the payments: `servicesShare(documentId, group)` is the test's own knowledge of
 * how much of each group is services.
 */
async function expectedReceived(
  organizationId: string,
  range: { from: string; to: string },
  servicesShare: (documentId: string, group: RateTotals) => number,
) {
  const payments = await db.payment.findMany({ where: { organizationId }, include: { document: true } });
  const expected: Record<string, [number, number]> = {};
  for (const payment of payments) {
    if (!within(payment.date, range) || payment.document.currency !== "EUR") continue;
    const groups = payment.document.vatBreakdown as RateTotals[];
    const parts = largestRemainder(
      payment.amountCents,
      groups.map((group) => group.totalCents),
    );
    groups.forEach((group, index) => {
      const services = halfUp(parts[index]! * servicesShare(payment.documentId, group));
      const vat = halfUp((services * group.vatCents) / group.totalCents);
      add(expected, key(group), services - vat, vat);
    });
  }
  return nonZero(expected);
}

let debits: Awaited<ReturnType<typeof debitsHistory>>;
let receipts: Awaited<ReturnType<typeof receiptsHistory>>;
let other: Awaited<ReturnType<typeof documentWorkspace>>;

beforeAll(async () => {
  debits = await debitsHistory();
  receipts = await receiptsHistory();
  // Another organization's documents and payments in the same quarter.
  other = await documentWorkspace("OWNER");
  const theirs = await makeIssuedInvoice(
    other.member,
    other.client.id,
    { lines: [line({ unitPrice: "999,00" })] },
    {
      issueDate: day("07-20"),
    },
  );
  await pay(other.member, theirs.id, day("07-25"), "500,00");
}, 240_000);

describe("VAT on debits", () => {
  let report: VatReport;
  beforeAll(async () => {
    report = await vatReport(debits.member, period);
  });

  it("is the sum of the period's issued documents' VAT per category and rate", async () => {
    expect(report.vatOnDebits).toBe(true);
    expect(report.currency).toBe("EUR");
    expect(byKey(report.invoiced)).toEqual(await expectedInvoiced(debits.organization.id, period));
    expect(Object.keys(byKey(report.invoiced)).sort()).toEqual(
      ["AE:0", "G:0", "K:0", "S:1000", "S:2000", "S:210", "S:550"].sort(),
    );
    // The totals against the documents' own totals columns (not their breakdown).
    const documents = await issuedIn(debits.organization.id, period);
    const signed = (pick: (d: (typeof documents)[number]) => number) =>
      documents.reduce((sum, d) => sum + (d.type === "CREDIT_NOTE" ? -1 : 1) * pick(d), 0);
    expect(report.totals.invoiced).toEqual({
      baseCents: signed((d) => d.totalExclVatCents),
      vatCents: signed((d) => d.totalVatCents),
    });
    expect(documents.map((d) => d.id).sort()).toEqual(
      [
        debits.ids.several.id,
        debits.ids.europe.id,
        debits.ids.deposit.id,
        debits.ids.final.id,
        debits.ids.note.id,
      ].sort(),
    );
  });

  it("the deposit and the final invoice deducting it count the quote once; the credit note reduces its own period", () => {
    const rows = byKey(report.invoiced);
    // 20 %: July's 1 000,00 + the quote's 900,00 (deposit + final) − the credit note's 50,00.
    expect(rows["S:2000"]![0]).toBe(100_000 + 90_000 - 5_000);
    // 10 %: July's 200,00 + the quote's 355,00.
    expect(rows["S:1000"]![0]).toBe(20_000 + 35_500);
    expect(rows["S:550"]).toEqual([29_997, 1_650]);
    expect(rows["S:210"]).toEqual([5_000, 105]);
    expect(rows["K:0"]).toEqual([25_000, 0]);
    expect(rows["G:0"]).toEqual([12_000, 0]);
    expect(rows["AE:0"]).toEqual([8_000, 0]);
    // On debits the VAT due is the VAT invoiced; nothing is on receipts.
    expect(report.received).toEqual([]);
    expect(report.due).toEqual(report.invoiced);
  });

  it("June and October: the credit note of October reduces October, not July", async () => {
    const october = await vatReport(debits.member, { from: day("10-01"), to: day("10-31") });
    expect(byKey(october.invoiced)).toEqual(await expectedInvoiced(debits.organization.id, october.period));
    // October: 700,00 at 20 % issued, a 120,00 incl. VAT credit note split over July's rates.
    expect(october.totals.invoiced.baseCents).toBeLessThan(70_000);
    const june = await vatReport(debits.member, { from: day("06-01"), to: day("06-30") });
    expect(byKey(june.invoiced)).toEqual({ "S:2000": [10_000, 2_000] });
  });

  it("names the CA3 lines: A1, E1, E2, F2, 08, 09, 9B, T6 and 16", () => {
    const rows = byKey(report.invoiced);
    const lines = Object.fromEntries(report.ca3.map((l) => [l.code, [l.baseCents, l.vatCents]]));
    const taxedBase = ["S:2000", "S:1000", "S:550", "S:210"].reduce((sum, k) => sum + rows[k]![0], 0);
    const taxedVat = ["S:2000", "S:1000", "S:550", "S:210"].reduce((sum, k) => sum + rows[k]![1], 0);
    expect(lines).toEqual({
      A1: [taxedBase, null],
      E1: [12_000, null],
      E2: [8_000, null],
      F2: [25_000, null],
      "08": rows["S:2000"],
      "9B": rows["S:1000"],
      "09": rows["S:550"],
      T6: rows["S:210"],
      "16": [null, taxedVat],
    });
    expect(report.ca3.map((l) => l.code)).toEqual(["A1", "E1", "E2", "F2", "08", "9B", "09", "T6", "16"]);
    expect(taxedVat).toBe(report.totals.due.vatCents);
  });

  it("leaves out the document in another currency and other organizations' documents", async () => {
    const ids = (await issuedIn(debits.organization.id, period)).map((d) => d.id);
    expect(ids).not.toContain(debits.ids.dollars.id);
    const dollars = await db.document.findUniqueOrThrow({ where: { id: debits.ids.dollars.id } });
    expect(dollars.currency).toBe("USD");
    const theirs = await vatReport(other.member, period);
    expect(byKey(theirs.invoiced)).toEqual({ "S:2000": [99_900, 19_980] });
    // Another organization's figures never reach this one's (nor the reverse).
    expect(byKey(report.invoiced)).toEqual(await expectedInvoiced(debits.organization.id, period));
  });
});

describe("VAT on receipts", () => {
  let report: VatReport;
  // The test's own knowledge: the "both" invoice's 20 % group is 600 of services in 1 000.
  const servicesShare = (documentId: string, group: RateTotals) => {
    if (documentId === receipts.ids.goods.id) return 0;
    if (documentId === receipts.ids.both.id && group.vatRateBps === 2000) return 0.6;
    return 1;
  };
  beforeAll(async () => {
    report = await vatReport(receipts.member, period);
  });

  it("is the services' share of the payments received in the period, split pro rata per rate", async () => {
    expect(report.vatOnDebits).toBe(false);
    expect(byKey(report.received)).toEqual(await expectedReceived(receipts.organization.id, period, servicesShare));
  });

  it("by hand: 700,00 on 1 200,00 at 20 % + 550,00 at 10 %, 333,33 rounded by largest remainder", () => {
    // 700,00 → 480,00 (VAT 80,00) + 220,00 (VAT 20,00). 333,33 → 228,57 + 104,76: the missing
    // cent of the floors (228,56 + 104,76) goes to the larger remainder (0,91 vs 0,09); VAT
    // 38,095 → 38,10 (half away from zero) and 9,52. June's 260,00 at 20 %: VAT 43,33. The
    // "both" invoice (1 200,00 at 20 % + 105,50 at 5.5 %) paid 500,00: 459,594… + 40,405…
    // → floors 459,59 + 40,40, the missing cent to 5.5 % (0,60 > 0,40): 459,59 and 40,41;
    // services 60 % of 459,59 = 275,75 (VAT 45,96); 40,41 all services (VAT 2,11).
    const rows = byKey(report.received);
    expect(rows["S:2000"]).toEqual([
      40_000 + (22_857 - 3_810) + (26_000 - 4_333) + (27_575 - 4_596),
      8_000 + 3_810 + 4_333 + 4_596,
    ]);
    expect(rows["S:1000"]).toEqual([20_000 + (10_476 - 952), 2_000 + 952]);
    expect(rows["S:550"]).toEqual([4_041 - 211, 211]);
  });

  it("the VAT due is the goods' debits plus the services' receipts", () => {
    // Goods invoiced in the period: the 400,00 stove, and the "both" invoice's 400,00 of goods.
    const goods: Record<string, [number, number]> = { "S:2000": [80_000, 16_000] };
    const expected = byKey(report.received);
    for (const [k, [base, vat]] of Object.entries(goods)) add(expected, k, base, vat);
    expect(byKey(report.due)).toEqual(expected);
    expect(report.totals.due.vatCents).toBe(report.totals.received.vatCents + 16_000);
    // The invoiced view is still every document of the period (services too).
    expect(report.totals.invoiced.vatCents).toBe(25_000 + 8_000 + 20_550);
  });

  it("other organizations' payments and the payment in USD are not counted", async () => {
    const theirs = await vatReport(other.member, period);
    expect(byKey(theirs.received)).toEqual({ "S:2000": [41_667, 8_333] });
    const dollarsPaid = await db.payment.count({
      where: { organizationId: receipts.organization.id, documentId: receipts.ids.dollars.id },
    });
    expect(dollarsPaid).toBe(1);
  });
});

describe("documents issued before VAT categories existed", () => {
  it("count their groups as S above 0 % and E at 0 % (E under the franchise), as their pages show them", async () => {
    const { member, client, organization } = await documentWorkspace("OWNER");
    await db.organizationSettings.update({ where: { organizationId: organization.id }, data: { vatOnDebits: true } });
    // A breakdown as stored before categories: no vatCategory, no vatExemptionCode.
    async function legacy(vatExempt: boolean, sequence: number) {
      const draft = await insertDocument({
        organizationId: organization.id,
        clientId: client.id,
        type: "INVOICE",
        status: "DRAFT",
        vatExempt,
        lines: [
          { unitPriceCents: 10_000, vatRateBps: 2000 },
          { unitPriceCents: 5_000, vatRateBps: 0 },
        ],
      });
      const stripped = (draft.vatBreakdown as RateTotals[]).map((group) => {
        const legacyGroup: Partial<RateTotals> = { ...group };
        delete legacyGroup.vatCategory;
        delete legacyGroup.vatExemptionCode;
        return legacyGroup;
      });
      await db.document.update({
        where: { id: draft.id },
        data: {
          vatBreakdown: stripped,
          series: `LEGACY-${draft.id}`,
          sequence,
          number: `L-${draft.id}`,
          issueDate: new Date(`${day("08-01")}T00:00:00Z`),
          issuedAt: new Date(),
        },
      });
      await db.document.update({ where: { id: draft.id }, data: { status: "ISSUED" } });
    }
    await legacy(false, 1);
    await legacy(true, 2);
    const report = await vatReport(member, period);
    expect(byKey(report.invoiced)).toEqual({ "S:2000": [10_000, 2_000], "E:0": [5_000 + 15_000, 0] });
    expect(report.ca3.map((l) => [l.code, l.baseCents, l.vatCents])).toEqual([
      ["A1", 10_000, null],
      ["E2", 20_000, null],
      ["08", 10_000, 2_000],
      ["16", null, 2_000],
    ]);
  });
});

describe("permissions", () => {
  it("a MEMBER sees the figures but gets no file; an ACCOUNTANT gets the file", async () => {
    const { user } = await addMember(debits.organization.id, "MEMBER");
    const member = await actingAs(user.id, debits.organization.id, "documents.read");
    expect(await vatReport(member, period)).toEqual(await vatReport(debits.member, period));
    await expectAppError(vatReportFile(member, period, "fr"), "forbidden");
    const accountant = await addMember(debits.organization.id, "ACCOUNTANT");
    const reader = await actingAs(accountant.user.id, debits.organization.id, "exports.read");
    const file = await vatReportFile(reader, period, "fr");
    expect(file.fileName).toBe(`tva-${period.from}_${period.to}.csv`);
  });
});

/** The expected CSV line of a VAT row in French. */
const frAmount = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

describe("files", () => {
  it("the CSV holds the page's figures, headers in French and English", async () => {
    const report = await vatReport(receipts.member, period);
    const fr = await vatReportFile(receipts.member, period, "fr");
    const lines = String(fr.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Section;Ligne;Libellé;Taux (%);Base HT (EUR);TVA (EUR)");
    const twenty = report.received.find((row) => key(row) === "S:2000")!;
    expect(lines).toContain(
      `TVA encaissée sur les services;;TVA au taux normal ou réduit;20;${frAmount(twenty.baseCents)};${frAmount(twenty.vatCents)}`,
    );
    expect(lines).toContain(
      `TVA due pour la période;;Total;;${frAmount(report.totals.due.baseCents)};${frAmount(report.totals.due.vatCents)}`,
    );
    const vat16 = report.ca3.find((l) => l.code === "16")!;
    expect(lines).toContain(
      `Déclaration CA3 (n° 3310-CA3);16;Total de la TVA brute due;;;${frAmount(vat16.vatCents!)}`,
    );
    expect(lines).toContain(
      `Déclaration CA3 (n° 3310-CA3);09;Taux réduit 5,5 %;5,5;${frAmount(
        report.ca3.find((l) => l.code === "09")!.baseCents!,
      )};${frAmount(report.ca3.find((l) => l.code === "09")!.vatCents!)}`,
    );
    const sections = report.invoiced.length + report.received.length + report.due.length + 3;
    expect(lines).toHaveLength(1 + sections + report.ca3.length);

    const en = await vatReportFile(debits.member, period, "en");
    const enLines = String(en.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(enLines[0]).toBe("Section,Line,Label,Rate (%),Base excl. VAT (EUR),VAT (EUR)");
    expect(enLines).toContain("VAT invoiced (debits),,Intra-community supply,0,250.00,0.00");
    expect(en.fileName).toBe(`vat-${period.from}_${period.to}.csv`);
    // On debits there is no receipts section.
    expect(enLines.some((l) => l.startsWith("VAT received"))).toBe(false);
  });

  it("the XLSX holds the same figures as numbers", async () => {
    const report = await vatReport(debits.member, period);
    const file = await vatReportFile(debits.member, period, "fr", "xlsx");
    expect(file.fileName).toBe(`tva-${period.from}_${period.to}.xlsx`);
    const rows = await readXlsxRows(file.body);
    expect(rows[0]).toEqual(["Section", "Ligne", "Libellé", "Taux (%)", "Base HT (EUR)", "TVA (EUR)"]);
    const invoiced = rows.filter((row) => row[0] === "TVA facturée (débits)" && row[2] !== "Total");
    expect(invoiced.map((row) => [row[3], row[4], row[5]])).toEqual(
      report.invoiced.map((row) => [row.vatRateBps / 100, row.baseCents / 100, row.vatCents / 100]),
    );
    const total = rows.find((row) => row[0] === "TVA facturée (débits)" && row[2] === "Total")!;
    expect(total.slice(4)).toEqual([report.totals.invoiced.baseCents / 100, report.totals.invoiced.vatCents / 100]);
    const ca3 = rows.filter((row) => row[0] === "Déclaration CA3 (n° 3310-CA3)");
    expect(ca3.map((row) => row[1])).toEqual(report.ca3.map((l) => l.code));
  });
});

describe("GET /api/reports/vat", () => {
  const get = (search: string) => vatRoute(new Request(`http://localhost/api/reports/vat?${search}`));

  it("answers the file to an ACCOUNTANT, 401 signed out, 403 to a MEMBER", async () => {
    currentSession = null;
    expect((await get(query)).status).toBe(401);
    const { user: accountant } = await addMember(receipts.organization.id, "ACCOUNTANT");
    currentSession = await signedIn(accountant.id, receipts.organization.id);
    const response = await get(`${query}&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="tva-${period.from}_${period.to}.xlsx"`,
    );
    const rows = await readXlsxRows(new Uint8Array(await response.arrayBuffer()));
    const report = await vatReport(receipts.member, period);
    const due = rows.find((row) => row[0] === "TVA due pour la période" && row[2] === "Total")!;
    expect(due.slice(4)).toEqual([report.totals.due.baseCents / 100, report.totals.due.vatCents / 100]);

    const { user: plain } = await addMember(receipts.organization.id, "MEMBER");
    currentSession = await signedIn(plain.id, receipts.organization.id);
    const refused = await get(query);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-disposition")).toBeNull();
  });

  it.each([
    [`period=custom&from=${day("09-30")}&to=${day("07-01")}`, "period_range_reversed"],
    [`period=custom&from=2015-01-01&to=${day("12-31")}`, "period_range_too_long"],
    ["period=fortnight", "period_unknown"],
    [`period=custom&from=${day("02-30")}&to=${day("03-31")}`, "period_date_invalid"],
    [`${query}&format=pdf`, "format_invalid"],
  ])("?%s → 400 %s", async (search, code) => {
    const { user: accountant } = await addMember(debits.organization.id, "ACCOUNTANT");
    currentSession = await signedIn(accountant.id, debits.organization.id);
    const response = await get(search);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code });
  });
});

describe("the period's input", () => {
  it("is the dashboard's: a custom range, or field errors", () => {
    expect(resolveDashboardPeriod(periodParams, today)).toMatchObject(period);
    const errors = (params: Record<string, string>) => {
      try {
        resolveDashboardPeriod(params, today);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).details.fieldErrors;
      }
    };
    expect(errors({ period: "custom", from: period.to, to: period.from })).toEqual({ to: ["period_range_reversed"] });
  });
});
