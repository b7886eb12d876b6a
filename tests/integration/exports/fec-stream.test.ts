import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate, calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { buildFecEntries, type FecDocumentInput, type FecPaymentInput } from "@/lib/exports/fec/build-fec-entries";
import { exportFec } from "@/lib/exports/fec/export-fec";
import { readChartOfAccounts } from "@/lib/exports/fec/read-chart-of-accounts";
import { updateChartOfAccounts } from "@/lib/exports/fec/update-chart-of-accounts";
import { writeFec } from "@/lib/exports/fec/write-fec";
import { testMeta } from "../../support/factories";
import { documentWorkspace } from "../../support/document-factories";
import { addClient } from "../../support/client-factories";
import { insertDocument } from "../../support/issued-document-factories";
import { actingAs } from "../../support/member-factories";

// The export streams each journal from one SQL query with the lettering computed by the
// database. Here the same period is read whole (every document and payment, as the first
// version of the export did) and given to buildFecEntries, the in-memory rule the unit tests
// pin down: both files must be the same, byte for byte — order, numbering, lettering (several
// letters per client, a credit note, payments outside the period), accounts.

const year = String(Number(calendarDate().slice(0, 4)) - 1);
const period = { from: `${year}-01-01`, to: `${year}-12-31` };
const day = (monthDay: string) => `${year}-${monthDay}`;

async function text(lines: AsyncIterable<string>): Promise<string> {
  let result = "";
  for await (const line of lines) result += line;
  return result;
}

/** The period read whole, as inputs of buildFecEntries. */
async function referenceFile(organizationId: string): Promise<string> {
  const range = { gte: dateFromCalendar(period.from), lte: dateFromCalendar(period.to) };
  const documents = await db.document.findMany({
    where: {
      organizationId,
      type: { in: ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] },
      status: { not: "DRAFT" },
      issueDate: range,
    },
    orderBy: { id: "asc" },
    include: { client: true, lines: { orderBy: { position: "asc" } } },
  });
  const payments = await db.payment.findMany({
    where: { organizationId, date: range },
    include: { document: { include: { client: true } } },
  });
  const documentInputs: FecDocumentInput[] = documents.map((row) => ({
    id: row.id,
    type: row.type as FecDocumentInput["type"],
    number: row.number ?? row.id,
    issueDate: calendarFromDate(row.issueDate!),
    clientId: row.clientId,
    clientName: row.client.name,
    clientAccount: row.client.auxiliaryAccount,
    creditedInvoiceId: row.creditedInvoiceId,
    pricesIncludeVat: row.pricesIncludeVat,
    currency: row.currency,
    exchangeRate: row.exchangeRate,
    totalInclVatCents: row.totalInclVatCents,
    vatBreakdown: row.vatBreakdown as FecDocumentInput["vatBreakdown"],
    lines: row.lines.map(({ netCents, vatRateBps, kind, deductedDocumentId }) => ({
      netCents,
      vatRateBps,
      kind,
      deductedDocumentId,
    })),
  }));
  const paymentInputs: FecPaymentInput[] = payments.map((row) => ({
    id: row.id,
    documentId: row.documentId,
    documentNumber: row.document.number ?? row.documentId,
    clientId: row.document.clientId,
    clientName: row.document.client.name,
    clientAccount: row.document.client.auxiliaryAccount,
    date: calendarFromDate(row.date),
    amountCents: row.amountCents,
    method: row.method,
    reference: row.reference,
    currency: row.document.currency,
    exchangeRate: row.document.exchangeRate,
  }));
  const chart = await readChartOfAccounts(organizationId);
  return text(writeFec(buildFecEntries(documentInputs, paymentInputs, chart)));
}

async function pay(
  organizationId: string,
  documentId: string,
  date: string,
  amountCents: number,
  method: PaymentMethod,
) {
  await db.payment.create({
    data: { organizationId, documentId, date: dateFromCalendar(date), amountCents, method, reference: `R-${date}` },
  });
}

async function buildPeriod() {
  const workspace = await documentWorkspace();
  const { organization, user, client } = workspace;
  const writer = await actingAs(user.id, organization.id, "clients.write");
  const second = await addClient(writer);
  const third = await addClient(writer);
  const organizationId = organization.id;
  const invoice = (clientId: string, issueDate: string, unitPriceCents = 100_000, vatRateBps = 2000) =>
    insertDocument({
      organizationId,
      clientId,
      type: "INVOICE",
      status: "ISSUED",
      issueDate,
      lines: [{ unitPriceCents, vatRateBps }],
    });

  // First client: settled by two payments (A), half paid, cancelled by a credit note (B),
  // paid after the period (not lettered), and the same day as another invoice.
  const paidTwice = await invoice(client.id, day("01-10"));
  await pay(organizationId, paidTwice.id, day("01-15"), 50_000, "TRANSFER");
  await pay(organizationId, paidTwice.id, day("02-01"), 70_000, "CASH");
  const halfPaid = await invoice(client.id, day("01-10"), 30_000, 1000);
  await pay(organizationId, halfPaid.id, day("01-20"), 10_000, "CHEQUE");
  const credited = await invoice(client.id, day("03-01"), 20_000, 550);
  await insertDocument({
    organizationId,
    clientId: client.id,
    type: "CREDIT_NOTE",
    status: "ISSUED",
    issueDate: day("03-05"),
    creditedInvoiceId: credited.id,
    lines: [{ unitPriceCents: 20_000, vatRateBps: 550 }],
  });
  const paidLater = await invoice(client.id, day("12-20"));
  await pay(organizationId, paidLater.id, `${Number(year) + 1}-01-05`, 120_000, "TRANSFER");
  // Second client: its own letters A, B (a deposit invoice too).
  const secondPaid = await invoice(second.id, day("01-10"), 5_000);
  await pay(organizationId, secondPaid.id, day("01-10"), 6_000, "CARD");
  const deposit = await insertDocument({
    organizationId,
    clientId: second.id,
    type: "DEPOSIT_INVOICE",
    status: "ISSUED",
    issueDate: day("05-01"),
    lines: [{ unitPriceCents: 40_000, vatRateBps: 2000 }],
  });
  await pay(organizationId, deposit.id, day("05-02"), 48_000, "CHEQUE");
  // Third client: an invoice of the year before, paid in the period (receipt, no letter).
  const older = await invoice(third.id, `${Number(year) - 1}-12-15`);
  await pay(organizationId, older.id, day("01-03"), 120_000, "TRANSFER");
  const thirdPaid = await invoice(third.id, day("06-30"), 7_777, 0);
  await pay(organizationId, thirdPaid.id, day("07-01"), 7_777, "OTHER");
  return { ...workspace, second, third };
}

describe("exportFec streamed from SQL", () => {
  it("writes exactly the file buildFecEntries builds from the whole period", async () => {
    const { member, organization } = await buildPeriod();
    const file = await exportFec(member, period);
    const streamed = await text(file.lines);
    const reference = await referenceFile(organization.id);
    expect(streamed.split("\r\n")).toEqual(reference.split("\r\n"));
    // The data covers what the comparison is about: several letters per client, receipts.
    expect(streamed).toMatch(/\tB\t\d{8}\t/);
    expect(streamed).toContain("\tBQ000001\t");
    expect(streamed).toContain("\tCA000001\t");
  });

  it("uses the organization's chart of accounts and the client's own auxiliary account, never another organization's", async () => {
    const { member, organization, user, third } = await buildPeriod();
    const owner = await actingAs(user.id, organization.id, "organization.update");
    await updateChartOfAccounts(
      owner,
      { "revenue.SERVICE.2000": "706100", "vat.2000": "4457120", clients: "411100", bank: "512100", cash: "531" },
      testMeta(),
    );
    await db.client.update({ where: { id: third.id }, data: { auxiliaryAccount: "CLITROIS" } });
    // Another organization's chart says otherwise: it must change nothing here.
    const other = await documentWorkspace();
    await updateChartOfAccounts(
      await actingAs(other.user.id, other.organization.id, "organization.update"),
      { "revenue.SERVICE.2000": "706999", clients: "411999", bank: "512999" },
      testMeta(),
    );

    const streamed = await text((await exportFec(member, period)).lines);
    expect(streamed.split("\r\n")).toEqual((await referenceFile(organization.id)).split("\r\n"));
    const rows = streamed
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split("\t"));
    const accounts = new Set(rows.map((row) => row[4]));
    // Per rate: services at 20 % go to 706100, the other rates to the default 706000.
    expect([...accounts].sort()).toEqual(
      ["411100", "4457120", "445711", "445713", "512100", "511200", "531", "706000", "706100", "419100"].sort(),
    );
    const byRevenue = (account: string) =>
      rows.filter((row) => row[4] === account).map((row) => row[10]!.split(" ").at(-2));
    expect(new Set(byRevenue("706100"))).toEqual(new Set(["20"]));
    expect(new Set(byRevenue("706000"))).toEqual(new Set(["10", "5,5", "0"]));
    expect(streamed).not.toMatch(/\t(411000|512000|530000|445712|706999|411999|512999)\t/);
    const thirdRows = rows.filter((row) => row[7] === third.name);
    expect(thirdRows.length).toBeGreaterThan(0);
    expect(thirdRows.every((row) => row[6] === "CLITROIS")).toBe(true);
  });

  it("ends its transaction when the reader stops early: the next export runs", async () => {
    const { member } = await buildPeriod();
    const first = await exportFec(member as MemberContext, period);
    expect((await first.lines.next()).value).toMatch(/^JournalCode\t/);
    await first.lines.next();
    await first.lines.return(undefined);
    const again = await text((await exportFec(member, period)).lines);
    expect(again).toContain("\tVT000001\t");
  });
});
