import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { addApiToken } from "../../support/api-factories";
import { apiV1Operations, operationById } from "../../support/api-v1/api-v1-operations";
import { responseChecker, type CheckedResponse } from "../../support/api-v1/api-v1-response-check";
import { expectAnswer, parisToday, runInvoiceFlow } from "../../support/api-v1/api-v1-invoice-flow";
import { apiV1World } from "../../support/api-v1/api-v1-world";

// The contract of /api/v1: one scenario calls every operation of the OpenAPI document through
// the typed client (route handlers in-process, real database) and every answer — successes and
// the failures met on the way — is checked against the document: a declared status, the
// declared media type (problem+json for failures), the body valid against its schema (JSON
// Schema 2020-12 by ajv). An endpoint added to the registry fails this test, named, until the
// scenario exercises it.

describe("/api/v1 contract", () => {
  it("answers every operation of the OpenAPI document as the document says", async () => {
    const world = await apiV1World();
    const { api } = world;
    const missingId = "doesnotexist000000000000";

    const organization = expectAnswer(await api.GET("/organization"), 200);
    expect(organization.id).toBe(world.organization.id);

    // The flow the pages' e2e tests walk: client, article, quote sent, invoice issued and paid, credit note.
    const flow = await runInvoiceFlow(api, { label: "Contrat", email: "compta@contrat.test" });

    // Clients.
    const clients = expectAnswer(await api.GET("/clients", { params: { query: { q: "Contrat", limit: 10 } } }), 200);
    expect(clients.data.map((client) => client.id)).toEqual([flow.client.id]);
    expectAnswer(await api.GET("/clients/{id}", { params: { path: { id: flow.client.id } } }), 200);
    const spare = expectAnswer(
      await api.POST("/clients", {
        body: {
          kind: "INDIVIDUAL",
          firstName: "Ada",
          lastName: "Lovelace",
          emails: ["ada@contrat.test"],
          billingAddressLine1: "3 place Ada",
          billingPostalCode: "75011",
          billingCity: "Paris",
        },
      }),
      201,
    );
    const renamed = expectAnswer(
      await api.PATCH("/clients/{id}", { params: { path: { id: spare.id } }, body: { phone: "01 23 45 67 89" } }),
      200,
    );
    expect(renamed.phone).toBe("01 23 45 67 89");
    expectAnswer(await api.POST("/clients/{id}/archive", { params: { path: { id: spare.id } } }), 200);
    expectAnswer(await api.POST("/clients/{id}/unarchive", { params: { path: { id: spare.id } } }), 200);

    // Client groups.
    const group = expectAnswer(await api.POST("/client-groups", { body: { name: "Grands comptes" } }), 201);
    expectAnswer(await api.GET("/client-groups"), 200);
    expectAnswer(
      await api.PATCH("/client-groups/{id}", { params: { path: { id: group.id } }, body: { name: "Comptes clés" } }),
      200,
    );
    const membership = { params: { path: { id: group.id, clientId: flow.client.id } } };
    expect((await api.PUT("/client-groups/{id}/clients/{clientId}", membership)).response.status).toBe(204);
    const members = expectAnswer(
      await api.GET("/client-groups/{id}/clients", { params: { path: { id: group.id } } }),
      200,
    );
    expect(members.data.map((client) => client.id)).toEqual([flow.client.id]);
    expect(
      expectAnswer(await api.GET("/client-groups/{id}", { params: { path: { id: group.id } } }), 200),
    ).toMatchObject({ name: "Comptes clés", clientCount: 1 });
    expect((await api.DELETE("/client-groups/{id}/clients/{clientId}", membership)).response.status).toBe(204);
    expect((await api.DELETE("/client-groups/{id}", { params: { path: { id: group.id } } })).response.status).toBe(204);

    // Articles.
    expectAnswer(await api.GET("/articles", { params: { query: { q: "Contrat" } } }), 200);
    expectAnswer(await api.GET("/articles/{id}", { params: { path: { id: flow.article.id } } }), 200);
    const spareArticle = expectAnswer(
      await api.POST("/articles", {
        body: { name: "Déplacement", unit: "piece", unitPriceCents: 4500, vatRateBps: 2000, reference: "DEP-1" },
      }),
      201,
    );
    expectAnswer(
      await api.PATCH("/articles/{id}", { params: { path: { id: spareArticle.id } }, body: { unitPriceCents: 5000 } }),
      200,
    );
    expectAnswer(await api.POST("/articles/{id}/archive", { params: { path: { id: spareArticle.id } } }), 200);
    expectAnswer(await api.POST("/articles/{id}/unarchive", { params: { path: { id: spareArticle.id } } }), 200);
    expect((await api.DELETE("/articles/{id}", { params: { path: { id: spareArticle.id } } })).response.status).toBe(
      204,
    );

    // Documents: lists, reads, a draft changed and deleted, a deposit invoice, emails, public links.
    const documents = expectAnswer(await api.GET("/documents", { params: { query: { client: flow.client.id } } }), 200);
    expect(documents.data).toHaveLength(3);
    expectAnswer(await api.GET("/documents/{id}", { params: { path: { id: flow.creditNote.id } } }), 200);
    const line = { description: "Audit", quantityMilli: 1000, unit: "day", unitPriceCents: 60_000, vatRateBps: 2000 };
    const draft = expectAnswer(
      await api.POST("/documents", { body: { type: "INVOICE", clientId: spare.id, lines: [line] } }),
      201,
    );
    const patched = expectAnswer(
      await api.PATCH("/documents/{id}", {
        params: { path: { id: draft.id } },
        body: { title: "Audit annuel", expectedUpdatedAt: draft.updatedAt },
      }),
      200,
    );
    expect(patched.title).toBe("Audit annuel");
    expect((await api.DELETE("/documents/{id}", { params: { path: { id: draft.id } } })).response.status).toBe(204);

    const quote = expectAnswer(
      await api.POST("/documents", { body: { type: "QUOTE", clientId: flow.client.id, lines: [line] } }),
      201,
    );
    expectAnswer(
      await api.POST("/documents/{id}/send", { params: { path: { id: quote.id } }, body: { subject: "Votre devis" } }),
      202,
    );
    const sends = expectAnswer(await api.GET("/documents/{id}/sends", { params: { path: { id: quote.id } } }), 200);
    expect(sends.data).toHaveLength(1);
    const deposit = expectAnswer(
      await api.POST("/documents/{id}/convert-to-deposit", {
        params: { path: { id: quote.id } },
        body: { kind: "PERCENT", value: 3000 },
      }),
      201,
    );
    const issuedDeposit = expectAnswer(
      await api.POST("/documents/{id}/issue", { params: { path: { id: deposit.id } }, body: {} }),
      200,
    );
    const link = expectAnswer(
      await api.POST("/documents/{id}/share-links", { params: { path: { id: issuedDeposit.id } } }),
      201,
    );
    expect(link.url).toMatch(/^http/);
    const links = expectAnswer(
      await api.GET("/documents/{id}/share-links", { params: { path: { id: issuedDeposit.id } } }),
      200,
    );
    expect(links.data.map((item) => item.id)).toContain(link.id);
    const revoked = expectAnswer(
      await api.POST("/documents/{id}/share-links/{linkId}/revoke", {
        params: { path: { id: issuedDeposit.id, linkId: link.id } },
      }),
      200,
    );
    expect(revoked.state).toBe("revoked");

    // Payments: a list, one invoice's payments, and a payment recorded then deleted.
    const payments = expectAnswer(await api.GET("/payments", { params: { query: { client: flow.client.id } } }), 200);
    expect(payments.data).toHaveLength(2);
    expectAnswer(await api.GET("/payments", { params: { query: { invoice: flow.invoice.id } } }), 200);
    const recorded = expectAnswer(
      await api.POST("/payments", {
        body: { invoiceId: issuedDeposit.id, date: parisToday(), amountCents: 1000, method: "CHEQUE" },
      }),
      201,
    );
    const afterDelete = expectAnswer(
      await api.DELETE("/payments/{id}", { params: { path: { id: recorded.payment.id } } }),
      200,
    );
    expect(afterDelete.invoice.paidCents).toBe(0);

    // File downloads (not JSON: called by operationId), as the document lists them.
    const fileOperations = apiV1Operations(apiV1Document()).filter((operation) =>
      Object.values(operation.responses).some(
        (content) => content && Object.keys(content).some((type) => !type.endsWith("json")),
      ),
    );
    for (const operation of fileOperations) {
      const file = await world.raw(operation.operationId, { params: { id: flow.invoice.id } });
      expect(file.status).toBe(200);
      if (file.contentType?.startsWith("application/pdf")) expect(file.text.slice(0, 5)).toBe("%PDF-");
    }

    // Failures on the way are answers of the contract too.
    expect((await api.GET("/clients/{id}", { params: { path: { id: missingId } } })).response.status).toBe(404);
    expect(
      (await api.POST("/documents/{id}/issue", { params: { path: { id: flow.invoice.id } }, body: {} })).response
        .status,
    ).toBe(409);
    expect((await api.DELETE("/clients/{id}", { params: { path: { id: flow.client.id } } })).response.status).toBe(409);
    expect(
      (await api.POST("/articles", { body: { name: "", unit: "hour", unitPriceCents: -1, vatRateBps: 2000 } })).response
        .status,
    ).toBe(400);
    expect((await world.clientWith("fct_not-a-token").GET("/organization")).response.status).toBe(401);
    const readOnly = await addApiToken(world.organization.id, world.user.id, ["clients.read"]);
    expect(
      (await world.clientWith(readOnly.secret).POST("/client-groups", { body: { name: "Non" } })).response.status,
    ).toBe(403);
    // The spare client's only document was a draft, deleted above: it goes.
    expect((await api.DELETE("/clients/{id}", { params: { path: { id: spare.id } } })).response.status).toBe(204);

    const violations = world.exchanges.flatMap((exchange) => exchange.violations);
    expect(violations).toEqual([]);

    // Every operation answered with success at least once (a new endpoint must join the scenario).
    const succeeded = new Set(
      world.exchanges
        .filter((exchange) => exchange.answer.status < 300)
        .map((exchange) => exchange.operation.operationId),
    );
    const notExercised = apiV1Operations(apiV1Document())
      .map((operation) => operation.operationId)
      .filter((operationId) => !succeeded.has(operationId));
    expect(notExercised).toEqual([]);
  }, 120_000);

  it("refuses answers off the contract (the checker itself)", () => {
    const check = responseChecker(apiV1Document());
    const operation = operationById(apiV1Operations(apiV1Document()), "getOrganization");
    const answer = (status: number, contentType: string, body: unknown): CheckedResponse => {
      const text = JSON.stringify(body);
      return { status, contentType, text, bytes: new TextEncoder().encode(text), json: body };
    };
    expect(check(operation, answer(418, "application/problem+json", {}))).toEqual([
      expect.stringContaining("a status the document does not declare"),
    ]);
    expect(check(operation, answer(200, "application/json", { id: "x" })).join("\n")).toContain(
      "must have required property 'name'",
    );
    const problem = { type: "about:blank", title: "No", status: 401, code: "invalid_token" };
    expect(check(operation, answer(401, "application/problem+json", problem))).toEqual([]);
    expect(check(operation, answer(401, "application/json", problem))).toEqual([
      expect.stringContaining("Content-Type application/json"),
    ]);
    expect(check(operation, answer(401, "application/problem+json", { ...problem, status: 403 }))).toEqual([
      expect.stringContaining("a problem whose status is not the response's"),
    ]);
  });
});
