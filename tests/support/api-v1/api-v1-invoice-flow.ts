import type { ApiV1Client } from "./api-v1-client";

// The invoicing flow over the typed /api/v1 client, the one the browser e2e tests walk through
// the pages: a client and an article, a quote of that article sent by email, converted into an
// invoice, issued, paid in two payments until PAID, then a credit note, issued. Shared by the
// e2e test (real HTTP) and the contract test (route handlers in-process).

type Answer<Data> = { data?: Data; error?: unknown; response: Response };

/** The answer's data, once its status is the expected one (else the problem, in the failure). */
export function expectAnswer<Data>(answer: Answer<Data>, status: number): Data {
  if (answer.response.status !== status || answer.data === undefined) {
    throw new Error(
      `${answer.response.url}: expected ${status}, got ${answer.response.status} ${JSON.stringify(answer.error)}`,
    );
  }
  return answer.data;
}

/** Today in Paris (the app's calendar day), as YYYY-MM-DD. */
export function parisToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

export async function runInvoiceFlow(api: ApiV1Client, options: { label: string; email: string }) {
  const client = expectAnswer(
    await api.POST("/clients", {
      body: {
        kind: "COMPANY",
        legalName: `${options.label} SAS`,
        // A French business client: its invoices must state its SIREN.
        siren: "732829320",
        emails: [options.email],
        billingAddressLine1: "12 rue des Tests",
        billingPostalCode: "69002",
        billingCity: "Lyon",
        billingCountry: "FR",
      },
    }),
    201,
  );
  const article = expectAnswer(
    await api.POST("/articles", {
      body: { name: `${options.label} conseil`, unit: "hour", unitPriceCents: 9000, vatRateBps: 2000 },
    }),
    201,
  );

  // 2.5 h × 90,00 € HT at 20 %: 225,00 € HT, 270,00 € TTC.
  const quote = expectAnswer(
    await api.POST("/documents", {
      body: {
        type: "QUOTE",
        clientId: client.id,
        title: `${options.label} mission`,
        lines: [
          {
            articleId: article.id,
            description: article.name,
            quantityMilli: 2500,
            unit: article.unit,
            unitPriceCents: article.unitPriceCents,
            vatRateBps: article.vatRateBps,
          },
        ],
      },
    }),
    201,
  );
  expect(quote).toMatchObject({ type: "QUOTE", status: "DRAFT", totals: { totalInclVatCents: 27_000 } });

  const sent = expectAnswer(
    await api.POST("/documents/{id}/send", { params: { path: { id: quote.id } }, body: {} }),
    202,
  );
  expect(sent.document).toMatchObject({ status: "SENT" });
  expect(sent.document.number).toEqual(expect.any(String));
  expect(sent.send.recipients).toEqual([options.email]);

  const draftInvoice = expectAnswer(
    await api.POST("/documents/{id}/convert-to-invoice", { params: { path: { id: quote.id } } }),
    201,
  );
  expect(draftInvoice).toMatchObject({ type: "INVOICE", status: "DRAFT", related: { sourceQuote: { id: quote.id } } });

  const invoice = expectAnswer(
    await api.POST("/documents/{id}/issue", { params: { path: { id: draftInvoice.id } }, body: {} }),
    200,
  );
  expect(invoice).toMatchObject({ status: "ISSUED", totals: { totalInclVatCents: 27_000 }, balanceCents: 27_000 });

  const date = parisToday();
  const first = expectAnswer(
    await api.POST("/payments", {
      body: { invoiceId: invoice.id, date, amountCents: 10_000, method: "TRANSFER", reference: "VIR-1" },
    }),
    201,
  );
  expect(first.invoice).toMatchObject({ displayStatus: "PARTIALLY_PAID", balanceCents: 17_000 });
  const second = expectAnswer(
    await api.POST("/payments", { body: { invoiceId: invoice.id, date, amountCents: 17_000, method: "CARD" } }),
    201,
  );
  expect(second.invoice).toMatchObject({ displayStatus: "PAID", balanceCents: 0 });
  const paid = expectAnswer(await api.GET("/documents/{id}", { params: { path: { id: invoice.id } } }), 200);
  expect(paid).toMatchObject({ displayStatus: "PAID", paidCents: 27_000 });
  expect(paid.payments).toHaveLength(2);

  const draftCredit = expectAnswer(
    await api.POST("/documents/{id}/credit-notes", {
      params: { path: { id: invoice.id } },
      body: { mode: "AMOUNT", amountCents: 3_000 },
    }),
    201,
  );
  expect(draftCredit).toMatchObject({
    type: "CREDIT_NOTE",
    status: "DRAFT",
    related: { creditedInvoice: { id: invoice.id } },
  });
  const creditNote = expectAnswer(
    await api.POST("/documents/{id}/issue", { params: { path: { id: draftCredit.id } }, body: {} }),
    200,
  );
  expect(creditNote).toMatchObject({ status: "ISSUED", totals: { totalInclVatCents: 3_000 } });

  return { client, article, quote: sent.document, invoice, payments: [first.payment, second.payment], creditNote };
}
