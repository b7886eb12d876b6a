import { POST as createArticleRoute } from "@/app/api/v1/articles/route";
import { POST as createClientRoute } from "@/app/api/v1/clients/route";
import * as documentRoute from "@/app/api/v1/documents/[id]/route";
import { POST as convertToInvoiceRoute } from "@/app/api/v1/documents/[id]/convert-to-invoice/route";
import { POST as creditNoteRoute } from "@/app/api/v1/documents/[id]/credit-notes/route";
import { POST as issueRoute } from "@/app/api/v1/documents/[id]/issue/route";
import { GET as pdfRoute } from "@/app/api/v1/documents/[id]/pdf/route";
import { POST as sendRoute } from "@/app/api/v1/documents/[id]/send/route";
import { GET as sendsRoute } from "@/app/api/v1/documents/[id]/sends/route";
import * as documentsRoute from "@/app/api/v1/documents/route";
import { POST as recordPaymentRoute } from "@/app/api/v1/payments/route";
import { calendarDate } from "@/lib/documents/calendar-date";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { addApiToken, callApi } from "../../support/api-factories";
import { companyInput } from "../../support/client-factories";
import { completeSellerIdentity } from "../../support/document-factories";
import { createOrganizationWithMember } from "../../support/factories";
import { drainJobs } from "../../support/jobs";

// The whole flow of the browser's e2e test, through /api/v1 only: a client and an article,
// a quote sent by email, converted, the invoice issued, paid in two payments until PAID,
// a credit note, the PDF. Only the organization's legal identity is set beforehand (a
// settings page: the API reads settings, it does not change them).

describe("/api/v1 whole flow", () => {
  it("quote → email → invoice → payments until PAID → credit note → PDF", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    await completeSellerIdentity(organization.id);
    const token = await addApiToken(organization.id, user.id, [
      "clients.write",
      "articles.write",
      "documents.read",
      "documents.write",
      "documents.issue",
      "payments.write",
    ]);
    const api = (
      handler: Parameters<typeof callApi>[0],
      method: string,
      params: Record<string, string>,
      body?: unknown,
    ) => callApi(handler, method, "/", { token: token.secret, params, body });

    const client = await api(createClientRoute, "POST", {}, companyInput({ legalName: "Boulangerie Martin" }));
    expect(client.status).toBe(201);
    const article = await api(
      createArticleRoute,
      "POST",
      {},
      {
        name: "Audit",
        unit: "day",
        unitPriceCents: 60_000,
        vatRateBps: 2000,
      },
    );
    expect(article.status).toBe(201);

    const quote = await api(
      documentsRoute.POST,
      "POST",
      {},
      {
        type: "QUOTE",
        clientId: client.json?.id,
        lines: [
          {
            articleId: article.json?.id,
            description: "Audit",
            quantityMilli: 2000,
            unit: "day",
            unitPriceCents: 60_000,
            vatRateBps: 2000,
          },
        ],
      },
    );
    expect(quote).toMatchObject({ status: 201, json: { totals: { totalInclVatCents: 144_000 } } });
    const quoteId = quote.json?.id as string;

    const sent = await api(sendRoute, "POST", { id: quoteId }, {});
    expect(sent).toMatchObject({ status: 202, json: { send: { email: { status: "QUEUED" } } } });
    await drainJobs({ names: [QUEUES.emailSend.name] });
    const sends = await api(sendsRoute, "GET", { id: quoteId });
    expect(sends.json?.data).toEqual([expect.objectContaining({ email: expect.objectContaining({ status: "SENT" }) })]);

    const invoice = await api(convertToInvoiceRoute, "POST", { id: quoteId });
    expect(invoice).toMatchObject({ status: 201, json: { type: "INVOICE", status: "DRAFT" } });
    const invoiceId = invoice.json?.id as string;
    const issued = await api(issueRoute, "POST", { id: invoiceId }, {});
    expect(issued).toMatchObject({ status: 200, json: { status: "ISSUED", balanceCents: 144_000 } });

    const pay = (amountCents: number) =>
      api(recordPaymentRoute, "POST", {}, { invoiceId, date: calendarDate(), amountCents, method: "TRANSFER" });
    expect((await pay(44_000)).status).toBe(201);
    expect((await api(documentRoute.GET, "GET", { id: invoiceId })).json).toMatchObject({
      displayStatus: "PARTIALLY_PAID",
      balanceCents: 100_000,
    });
    expect((await pay(100_000)).status).toBe(201);
    const paid = await api(documentRoute.GET, "GET", { id: invoiceId });
    expect(paid.json).toMatchObject({ displayStatus: "PAID", balanceCents: 0, paidCents: 144_000 });
    expect((paid.json?.payments as unknown[]).length).toBe(2);
    expect((await api(documentRoute.GET, "GET", { id: quoteId })).json).toMatchObject({ displayStatus: "INVOICED" });

    const creditNote = await api(creditNoteRoute, "POST", { id: invoiceId }, { mode: "AMOUNT", amountCents: 12_000 });
    expect(creditNote).toMatchObject({ status: 201, json: { type: "CREDIT_NOTE", status: "DRAFT" } });
    const creditNoteId = creditNote.json?.id as string;
    const issuedCredit = await api(issueRoute, "POST", { id: creditNoteId }, {});
    expect(issuedCredit).toMatchObject({
      status: 200,
      json: { status: "ISSUED", related: { creditedInvoice: { id: invoiceId } } },
    });
    // The invoice now owes the client what was credited after it was paid in full.
    expect((await api(documentRoute.GET, "GET", { id: invoiceId })).json).toMatchObject({
      creditedCents: 12_000,
      balanceCents: -12_000,
    });

    const pdf = await pdfRoute(
      new Request(`http://localhost/api/v1/documents/${invoiceId}/pdf?download=1`, {
        headers: { authorization: `Bearer ${token.secret}` },
      }),
      { params: Promise.resolve({ id: invoiceId }) },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("%PDF");

    const list = await callApi(documentsRoute.GET, "GET", "/documents?sort=number&dir=asc", { token: token.secret });
    expect(list.json?.data?.map((item) => [item.type, item.displayStatus])).toEqual(
      expect.arrayContaining([
        ["QUOTE", "INVOICED"],
        ["INVOICE", "PAID"],
        ["CREDIT_NOTE", "ISSUED"],
      ]),
    );
  });
});
