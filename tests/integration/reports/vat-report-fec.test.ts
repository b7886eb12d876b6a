import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { createDraft } from "@/lib/documents/create-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { DEFAULT_CHART, vatAccount } from "@/lib/exports/fec/chart-of-accounts";
import { exportFec } from "@/lib/exports/fec/export-fec";
import { FEC_COLUMNS } from "@/lib/exports/fec/write-fec";
import { recordPayment } from "@/lib/payments/record-payment";
import { vatReport } from "@/lib/reports/vat/vat-report";
import { testMeta } from "../../support/factories";
import { documentWorkspace, draftInput, lineInput, makeIssuedInvoice } from "../../support/document-factories";

// The VAT report and the FEC tell the same story: for an organization on debits, the VAT
// collected accounts (44571x, credit − debit) of a period's FEC equal the report's VAT
// invoiced per rate — deposits, a final invoice deducting one, credit notes, four rates,
// payments (which book no VAT) and documents outside the period included.

const today = calendarDate();
const lastYear = String(Number(today.slice(0, 4)) - 1);
const day = (monthDay: string) => `${lastYear}-${monthDay}`;
const period = { from: day("04-01"), to: day("06-30") };

async function fecVatBalances(member: MemberContext): Promise<Record<string, number>> {
  const file = await exportFec(member, period);
  let text = "";
  for await (const line of file.lines) text += line;
  const [header, ...lines] = text.split("\r\n").filter((line) => line !== "");
  const columns = header!.split("\t");
  expect(columns).toEqual([...FEC_COLUMNS]);
  const at = (name: (typeof FEC_COLUMNS)[number]) => columns.indexOf(name);
  const cents = (amount: string) => Math.round(Number(amount.replace(",", ".")) * 100);
  const balances: Record<string, number> = {};
  for (const line of lines) {
    const fields = line.split("\t");
    const account = fields[at("CompteNum")]!;
    if (!account.startsWith("44571")) continue;
    balances[account] = (balances[account] ?? 0) + cents(fields[at("Credit")]!) - cents(fields[at("Debit")]!);
  }
  return balances;
}

it("the FEC's VAT collected accounts equal the VAT report's VAT invoiced per rate", async () => {
  const { member, client, organization } = await documentWorkspace("OWNER");
  await db.organizationSettings.update({ where: { organizationId: organization.id }, data: { vatOnDebits: true } });
  const march = await makeIssuedInvoice(
    member,
    client.id,
    { lines: [lineInput({ unitPrice: "300,00" })] },
    {
      issueDate: day("03-20"),
    },
  );
  const april = await makeIssuedInvoice(
    member,
    client.id,
    {
      lines: [
        lineInput({ unitPrice: "1 234,56", vatRate: "2000" }),
        lineInput({ unitPrice: "345,67", vatRate: "1000" }),
        lineInput({ quantity: "7", unitPrice: "12,34", vatRate: "550", kind: "GOODS" }),
        lineInput({ unitPrice: "89,99", vatRate: "210", kind: "GOODS" }),
      ],
    },
    { issueDate: day("04-03") },
  );
  const quote = await createDraft(
    member,
    "QUOTE",
    draftInput(client.id, {
      lines: [lineInput({ unitPrice: "999,99", vatRate: "2000" }), lineInput({ unitPrice: "111,11", vatRate: "550" })],
    }),
    testMeta(),
  );
  await sendQuote(member, quote.id, {}, testMeta());
  await acceptQuote(member, quote.id, testMeta());
  const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "40" }, testMeta());
  await issueDocument(member, deposit.documentId, { issueDate: day("04-10") }, testMeta());
  const final = await convertQuoteToInvoice(member, quote.id, testMeta());
  await issueDocument(member, final.documentId, { issueDate: day("05-02") }, testMeta());
  const marchNote = await createCreditNote(member, { invoiceId: march.id, mode: "FULL" }, testMeta());
  await issueDocument(member, marchNote.documentId, { issueDate: day("05-15") }, testMeta());
  const aprilNote = await createCreditNote(
    member,
    { invoiceId: april.id, mode: "AMOUNT", amount: "100,01" },
    testMeta(),
  );
  await issueDocument(member, aprilNote.documentId, { issueDate: day("06-01") }, testMeta());
  await recordPayment(member, april.id, { date: day("06-10"), amount: "500,00", method: "TRANSFER" }, testMeta());
  await makeIssuedInvoice(
    member,
    client.id,
    { lines: [lineInput({ unitPrice: "50,00" })] },
    { issueDate: day("07-01") },
  );

  const report = await vatReport(member, period);
  const expected: Record<string, number> = {};
  for (const row of report.invoiced) {
    if (row.vatCents === 0) continue;
    const account = vatAccount(DEFAULT_CHART, row.vatRateBps).number;
    expected[account] = (expected[account] ?? 0) + row.vatCents;
  }
  expect(Object.keys(expected).sort()).toEqual(["445711", "445712", "445713", "445714"]);
  expect(await fecVatBalances(member)).toEqual(expected);
}, 120_000);
