import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { recordPayment } from "@/lib/payments/record-payment";
import { makeArticle } from "../../support/article-factories";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, lineInput, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta } from "../../support/factories";
import { markIssued } from "../../support/issued-document-factories";
import { actingAs } from "../../support/member-factories";

// The history the sales report and the receipts register are tested on, made through the app's
// own functions, issued in date order (numbers follow dates). The period is [ago(125), ago(5)]:
//
// ago(200) invoice (Alpha, out of the period: before it)
// ago(120) invoice 1 (Alpha): 3 h of "Conseil" at 80,00 (20 %) + 2 "Livre" at 12,50 (5.5 %, goods)
// ago(110) invoice in USD (Beta): left out (another currency)
// ago(100) invoice 2 (Beta): a free line, 2 days at 500,00, document discount 10 %
// ago(80)  deposit invoice (Beta): 30 % of a quote of 10 h "Conseil" + 4 "Livre"
// ago(60)  credit note of 40,00 incl. VAT on invoice 1
// ago(50)  final invoice (Beta) of the quote, deducting the deposit
// ago(30)  invoice 4 (Alpha): prices incl. VAT, 1 h of "Conseil" at 96,00 incl. VAT
// ago(3)   invoice 5 (Alpha): out of the period (after it)
// + a draft never issued; payments on invoice 1 (two, partial), the deposit, the USD invoice,
//   invoice 5 (after the period) and one before the period on the first invoice.

export const today = calendarDate();
export const ago = (days: number) => addDays(today, -days);
export const period = { from: ago(125), to: ago(5) };

async function pay(member: MemberContext, invoiceId: string, date: string, amount: string, method = "TRANSFER") {
  await recordPayment(member, invoiceId, { date, amount, method, reference: `REF-${date}` }, testMeta());
}

export async function salesHistory() {
  const workspace = await documentWorkspace("OWNER");
  const { member, user, organization } = workspace;
  const alpha = workspace.client;
  const writer = await actingAs(user.id, organization.id, "clients.write");
  const beta = await addClient(writer, companyInput({ legalName: "Beta SARL" }));
  const articles = await actingAs(user.id, organization.id, "articles.write");
  const consulting = await makeArticle(articles, {
    name: "Conseil",
    unit: "heure",
    unitPrice: "80,00",
    reference: "CONS",
  });
  const book = await makeArticle(articles, {
    name: "Livre",
    unit: "pièce",
    unitPrice: "12,50",
    vatRate: "550",
    kind: "GOODS",
    reference: "LIV",
  });
  const consultingLine = (quantity: string, extra: Record<string, unknown> = {}) =>
    lineInput({
      articleId: consulting.id,
      description: "Conseil",
      quantity,
      unit: "hour",
      unitPrice: "80,00",
      ...extra,
    });
  const bookLine = (quantity: string) =>
    lineInput({
      articleId: book.id,
      description: "Livre",
      quantity,
      unit: "piece",
      unitPrice: "12,50",
      vatRate: "550",
      kind: "GOODS",
    });

  const before = await makeIssuedInvoice(member, alpha.id, { lines: [consultingLine("1")] }, { issueDate: ago(200) });
  const invoice1 = await makeIssuedInvoice(
    member,
    alpha.id,
    { lines: [consultingLine("3"), bookLine("2")] },
    { issueDate: ago(120) },
  );
  const usdDraft = await makeDraft(member, beta.id, { lines: [lineInput({ unitPrice: "700,00" })] });
  await db.document.update({ where: { id: usdDraft.id }, data: { currency: "USD", exchangeRate: "0.9" } });
  const usd = await markIssued(usdDraft.id, ago(110));
  const invoice2 = await makeIssuedInvoice(
    member,
    beta.id,
    {
      lines: [lineInput({ description: "Audit", quantity: "2", unit: "day", unitPrice: "500,00" })],
      discountKind: "PERCENT",
      discountValue: "10",
    } as never,
    { issueDate: ago(100) },
  );
  const quote = await makeDraft(member, beta.id, { lines: [consultingLine("10"), bookLine("4")] }, "QUOTE");
  await sendQuote(member, quote.id, {}, testMeta());
  const depositDraft = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
  const deposit = await issueDocument(member, depositDraft.documentId, { issueDate: ago(80) }, testMeta());
  const note = await createCreditNote(member, { invoiceId: invoice1.id, mode: "AMOUNT", amount: "40,00" }, testMeta());
  const creditNote = await issueDocument(member, note.documentId, { issueDate: ago(60) }, testMeta());
  const finalDraft = await convertQuoteToInvoice(member, quote.id, testMeta());
  const final = await issueDocument(member, finalDraft.documentId, { issueDate: ago(50) }, testMeta());
  const invoice4 = await makeIssuedInvoice(
    member,
    alpha.id,
    { lines: [consultingLine("1", { unitPrice: "96,00" })], pricesIncludeVat: "on" } as never,
    { issueDate: ago(30) },
  );
  const after = await makeIssuedInvoice(member, alpha.id, { lines: [consultingLine("2")] }, { issueDate: ago(3) });
  const draft = await makeDraft(member, alpha.id, { lines: [consultingLine("7")], issueDate: ago(40) } as never);

  await pay(member, before.id, ago(190), "96,00", "CHEQUE");
  await pay(member, invoice1.id, ago(110), "100,00");
  await pay(member, invoice1.id, ago(40), "50,00", "CHEQUE");
  await pay(member, deposit.id, ago(79), String(deposit.totalInclVatCents / 100).replace(".", ","), "CARD");
  await pay(member, usd.id, ago(100), "100,00");
  await pay(member, after.id, ago(2), "10,00", "CASH");

  return {
    ...workspace,
    alpha,
    beta,
    articles: { consulting, book },
    documents: { before, invoice1, usd, invoice2, deposit, creditNote, final, invoice4, after, draft },
  };
}

export type SalesHistory = Awaited<ReturnType<typeof salesHistory>>;
