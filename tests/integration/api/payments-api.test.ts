import { DELETE as deleteRoute } from "@/app/api/v1/payments/[id]/route";
import * as paymentsRoute from "@/app/api/v1/payments/route";
import { API_BODY_LIMIT_BYTES } from "@/lib/api/read-api-input";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { paymentsEndpoints } from "@/lib/api/v1/payments-endpoints";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { recordPayment } from "@/lib/payments/record-payment";
import { expectDocumented } from "../../support/api-contract";
import { addApiToken, callApi as callRoute } from "../../support/api-factories";
import { addClient, companyInput } from "../../support/client-factories";
import { testMeta } from "../../support/factories";
import { documentOrganization, insertDocument, issuedInvoice } from "../../support/issued-document-factories";
import { actingAs, addMember } from "../../support/member-factories";

// /api/v1/payments through its route handlers with real Requests: amounts in cents, lib/payments'
// rules (partial payments, over-payment and unpayable documents refused), the payments page's
// filters, tenancy, scopes, revoked tokens and refused input that writes nothing.

// Every answer of these tests is also checked against the OpenAPI document: its status is
// documented for the operation and its body matches the documented schema.
const templates = new Map<unknown, string>([
  [paymentsRoute.GET, "/payments"],
  [paymentsRoute.POST, "/payments"],
  [deleteRoute, "/payments/{id}"],
]);

async function callApi(...args: Parameters<typeof callRoute>) {
  const [handler, method] = args;
  const template = templates.get(handler);
  if (!template) throw new Error("a route handler without its OpenAPI path in this test");
  const answer = await callRoute(...args);
  expectDocumented(method, template, answer);
  return answer;
}

const ALL: Permission[] = ["documents.read", "payments.write"];
const today = calendarDate();

async function world(scopes: Permission[] = ALL) {
  const { organization, user, member, client } = await documentOrganization();
  const token = await addApiToken(organization.id, user.id, scopes);
  const invoice = await issuedInvoice(organization.id, client.id); // 1 200,00 € TTC
  return { organization, user, member, client, token, invoice };
}

const payment = (invoiceId: string, overrides: Record<string, unknown> = {}) => ({
  invoiceId,
  date: today,
  amountCents: 50_000,
  method: "TRANSFER",
  ...overrides,
});

/** Payments, documents' paid amounts and the audit trail of an organization: proof nothing changed. */
async function paymentSnapshot(organizationId: string) {
  const [payments, documents, auditCount] = await Promise.all([
    db.payment.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.document.findMany({ where: { organizationId }, orderBy: { id: "asc" }, select: { id: true, paidCents: true } }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { payments, documents, auditCount };
}

/** Every endpoint once, as calls to make. */
function everyCall(secret: string, invoiceId: string, paymentId: string) {
  return [
    () => callApi(paymentsRoute.GET, "GET", "/payments", { token: secret }),
    () => callApi(paymentsRoute.GET, "GET", `/payments?invoice=${invoiceId}`, { token: secret }),
    () => callApi(paymentsRoute.POST, "POST", "/payments", { token: secret, body: payment(invoiceId) }),
    () => callApi(deleteRoute, "DELETE", `/payments/${paymentId}`, { token: secret, params: { id: paymentId } }),
  ];
}

describe("/api/v1/payments", () => {
  it("records a partial then the full payment, deletes one; the invoice's state follows; audit names the token", async () => {
    const { organization, user, token, invoice } = await world();
    const first = await callApi(paymentsRoute.POST, "POST", "/payments", {
      token: token.secret,
      body: payment(invoice.id, { method: "CHEQUE", reference: "CHQ 1234567", note: "Reçu au bureau" }),
    });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({
      payment: {
        id: expect.any(String),
        invoiceId: invoice.id,
        date: today,
        amountCents: 50_000,
        method: "CHEQUE",
        reference: "CHQ 1234567",
        note: "Reçu au bureau",
        createdById: user.id,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
      invoice: {
        id: invoice.id,
        type: "INVOICE",
        number: invoice.number,
        totalInclVatCents: 120_000,
        paidCents: 50_000,
        creditedCents: 0,
        balanceCents: 70_000,
        displayStatus: "PARTIALLY_PAID",
      },
    });
    const second = await callApi(paymentsRoute.POST, "POST", "/payments", {
      token: token.secret,
      body: payment(invoice.id, { amountCents: 70_000 }),
    });
    expect(second.json?.invoice).toMatchObject({ paidCents: 120_000, balanceCents: 0, displayStatus: "PAID" });

    const secondId = (second.json?.payment as { id: string }).id;
    const deleted = await callApi(deleteRoute, "DELETE", "/", { token: token.secret, params: { id: secondId } });
    expect(deleted).toMatchObject({
      status: 200,
      json: { invoice: { id: invoice.id, paidCents: 50_000, balanceCents: 70_000, displayStatus: "PARTIALLY_PAID" } },
    });
    expect(await db.payment.count({ where: { id: secondId } })).toBe(0);
    const again = await callApi(deleteRoute, "DELETE", "/", { token: token.secret, params: { id: secondId } });
    expect(again).toMatchObject({ status: 404, json: { code: "payment_not_found" } });

    const audits = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetType: "Payment" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((entry) => entry.action)).toEqual(["payment.recorded", "payment.recorded", "payment.deleted"]);
    for (const entry of audits) expect(entry).toMatchObject({ apiTokenId: token.id, actorId: user.id });
  });

  it("refuses an over-payment and an unpayable document with 409, a future date with 400; writes nothing", async () => {
    const { organization, client, member, token, invoice } = await world();
    await recordPayment(member, invoice.id, { date: today, amount: "1000", method: "CASH" }, testMeta());
    const draft = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "DRAFT",
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    const before = await paymentSnapshot(organization.id);
    const post = (body: unknown) => callApi(paymentsRoute.POST, "POST", "/payments", { token: token.secret, body });

    const over = await post(payment(invoice.id, { amountCents: 20_001 }));
    expect(over).toMatchObject({
      status: 409,
      contentType: "application/problem+json",
      json: { code: "payment_exceeds_balance", errors: { amountCents: ["payment_exceeds_balance"] } },
    });
    expect(await post(payment(draft.id))).toMatchObject({ status: 409, json: { code: "payment_not_payable" } });
    expect((await post(payment(invoice.id, { date: addDays(today, 1) }))).json).toMatchObject({
      status: 400,
      errors: { date: ["payment_date_future"] },
    });
    expect((await post(payment(invoice.id, { amountCents: 0 }))).json).toMatchObject({
      errors: { amountCents: ["payment_amount_positive"] },
    });
    expect((await post(payment(invoice.id, { amountCents: -5 }))).status).toBe(400);
    expect(await paymentSnapshot(organization.id)).toEqual(before);
  });

  it("a payment retried with its Idempotency-Key is recorded once, even when the retries race", async () => {
    const { organization, token, invoice } = await world();
    const post = () =>
      callApi(paymentsRoute.POST, "POST", "/payments", {
        token: token.secret,
        body: payment(invoice.id, { amountCents: 10_000 }),
        headers: { "idempotency-key": `payment-${invoice.id}` },
      });
    const answers = await Promise.all(Array.from({ length: 5 }, post));
    const created = answers.filter((answer) => answer.status === 201);
    // The winner's answer, or its replays; a retry while the first still runs is told so (409).
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    for (const answer of created) expect(answer.json).toEqual(created[0]!.json);
    expect((await post()).json).toEqual(created[0]!.json);
    expect(await db.payment.count({ where: { organizationId: organization.id } })).toBe(1);
    const row = await db.document.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(row.paidCents).toBe(10_000);
  });

  it("lists with the payments page's filters and order, or one invoice's payments, paginated by cursor", async () => {
    const { organization, member, token, invoice } = await world();
    const clientWriter = await actingAs(member.userId, organization.id, "clients.write");
    const otherClient = await addClient(clientWriter, companyInput({ legalName: "Zeta SAS" }));
    const otherInvoice = await issuedInvoice(organization.id, otherClient.id);
    const pay = (id: string, amount: string, date: string, method = "TRANSFER", reference: string | null = null) =>
      recordPayment(member, id, { date, amount, method, reference }, testMeta());
    await pay(invoice.id, "100", addDays(today, -3), "CHEQUE", "CHQ-77");
    await pay(invoice.id, "200", addDays(today, -2));
    await pay(otherInvoice.id, "300", addDays(today, -1), "CARD");
    await pay(invoice.id, "400", today);

    const amounts: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : "?limit=3";
      const page = await callApi(paymentsRoute.GET, "GET", `/payments${query}`, { token: token.secret });
      expect(page.status).toBe(200);
      amounts.push(...(page.json?.data ?? []).map((item) => item.amountCents as number));
      cursor = page.json?.nextCursor as string | null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(amounts).toEqual([40_000, 30_000, 20_000, 10_000]);

    const list = async (query: string) => {
      const answer = await callApi(paymentsRoute.GET, "GET", `/payments?${query}`, { token: token.secret });
      expect(answer.status).toBe(200);
      return answer.json?.data ?? [];
    };
    const [chequeRow] = await list("method=CHEQUE");
    expect(chequeRow).toEqual({
      id: expect.any(String),
      date: addDays(today, -3),
      amountCents: 10_000,
      method: "CHEQUE",
      reference: "CHQ-77",
      invoice: { id: invoice.id, type: "INVOICE", number: invoice.number },
      client: { id: expect.any(String), name: expect.any(String) },
    });
    expect((await list(`client=${otherClient.id}`)).map((row) => row.amountCents)).toEqual([30_000]);
    expect((await list(`from=${addDays(today, -2)}&to=${addDays(today, -1)}`)).map((row) => row.amountCents)).toEqual([
      30_000, 20_000,
    ]);
    expect((await list("q=chq-7")).map((row) => row.amountCents)).toEqual([10_000]);
    expect((await list("sort=amount&dir=asc")).map((row) => row.amountCents)).toEqual([10_000, 20_000, 30_000, 40_000]);
    const ofInvoice = await list(`invoice=${invoice.id}&limit=2`);
    expect(ofInvoice.map((row) => row.amountCents)).toEqual([10_000, 20_000]);
    expect(ofInvoice[0]?.client).toEqual(chequeRow?.client);
    const combined = await callApi(paymentsRoute.GET, "GET", `/payments?invoice=${invoice.id}&method=CARD`, {
      token: token.secret,
    });
    expect(combined.json).toMatchObject({ status: 400, errors: { method: ["not_with_invoice"] } });
  });
});

describe("/api/v1/payments access and input", () => {
  it("another organization's invoice or payment is 404, its payments stay out of lists and as they were", async () => {
    const { token } = await world();
    const other = await world();
    const theirs = await recordPayment(
      other.member,
      other.invoice.id,
      { date: today, amount: "10", method: "CASH" },
      testMeta(),
    );
    const before = await paymentSnapshot(other.organization.id);
    const [list, ofInvoice, record, remove] = await Promise.all(
      everyCall(token.secret, other.invoice.id, theirs.payment.id).map((call) => call()),
    );
    expect(list?.json?.data).toEqual([]);
    expect(ofInvoice).toMatchObject({ status: 404, json: { code: "invoice_not_found" } });
    expect(record).toMatchObject({ status: 404, json: { code: "invoice_not_found" } });
    expect(remove).toMatchObject({ status: 404, json: { code: "payment_not_found" } });
    const byClient = await callApi(paymentsRoute.GET, "GET", `/payments?client=${other.client.id}`, {
      token: token.secret,
    });
    expect(byClient.json?.data).toEqual([]);
    expect(await paymentSnapshot(other.organization.id)).toEqual(before);
  });

  it("403 without the scope, 403 for an ACCOUNTANT's token, 401 when revoked; nothing written", async () => {
    const { organization, user, member, invoice } = await world();
    const existing = await recordPayment(member, invoice.id, { date: today, amount: "10", method: "CASH" }, testMeta());
    const before = await paymentSnapshot(organization.id);
    const id = existing.payment.id;

    const readOnly = everyCall(
      (await addApiToken(organization.id, user.id, ["documents.read"])).secret,
      invoice.id,
      id,
    );
    for (const index of [2, 3]) {
      expect(await readOnly[index]!()).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    }
    for (const index of [0, 1]) expect((await readOnly[index]!()).status).toBe(200);
    const writeOnly = everyCall(
      (await addApiToken(organization.id, user.id, ["payments.write"])).secret,
      invoice.id,
      id,
    );
    for (const index of [0, 1]) {
      expect(await writeOnly[index]!()).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    }
    const accountant = await addMember(organization.id, "ACCOUNTANT");
    const accountantCalls = everyCall(
      (await addApiToken(organization.id, accountant.user.id, ALL)).secret,
      invoice.id,
      id,
    );
    for (const index of [2, 3]) {
      expect(await accountantCalls[index]!()).toMatchObject({ status: 403, json: { code: "forbidden" } });
    }
    const revoked = await addApiToken(organization.id, user.id, ALL, { revokedAt: new Date() });
    for (const call of everyCall(revoked.secret, invoice.id, id)) {
      expect(await call()).toMatchObject({ status: 401, json: { code: "invalid_token" } });
    }
    expect(await paymentSnapshot(organization.id)).toEqual(before);
  });

  it("refuses bad JSON, unknown fields, wrong types and bad queries with 400; writes nothing", async () => {
    const { organization, token, invoice } = await world();
    const before = await paymentSnapshot(organization.id);
    const post = (body: unknown) => callApi(paymentsRoute.POST, "POST", "/payments", { token: token.secret, body });

    for (const answer of [await post('{"invoiceId": 1'), await post("")]) {
      expect(answer).toMatchObject({
        status: 400,
        contentType: "application/problem+json",
        json: { code: "invalid_json" },
      });
    }
    expect(await post({ ...payment(invoice.id), paid: true })).toMatchObject({
      status: 400,
      json: { code: "invalid_input", errors: { paid: ["unknown_field"] } },
    });
    const huge = await post(payment(invoice.id, { note: "x".repeat(API_BODY_LIMIT_BYTES) }));
    expect(huge).toMatchObject({ status: 413, json: { code: "body_too_large" } });
    const wrongTypes = await post(
      payment(invoice.id, { amountCents: "500,00", method: "BITCOIN", date: "07/12/2026" }),
    );
    expect(wrongTypes.status).toBe(400);
    expect(Object.keys((wrongTypes.json?.errors ?? {}) as object).sort()).toEqual(["amountCents", "date", "method"]);
    expect((await post(payment(invoice.id, { amountCents: 10.5 }))).status).toBe(400);
    expect((await post(payment(invoice.id, { reference: "CHQ\u0000" }))).json).toMatchObject({
      errors: { reference: ["control_characters"] },
    });
    expect((await post({ amountCents: 100 })).json).toMatchObject({
      errors: { invoiceId: expect.any(Array), date: expect.any(Array), method: expect.any(Array) },
    });
    const query = (text: string) => callApi(paymentsRoute.GET, "GET", `/payments?${text}`, { token: token.secret });
    expect((await query("from=2026-13-01")).json).toMatchObject({ status: 400, errors: { from: expect.any(Array) } });
    expect((await query("method=GOLD")).status).toBe(400);
    expect((await query("status=paid")).json).toMatchObject({ errors: { status: ["unknown_field"] } });
    expect(await paymentSnapshot(organization.id)).toEqual(before);
  });
});

describe("OpenAPI document", () => {
  it("registers every paymentsEndpoints endpoint with its scope, parameters and response schema", () => {
    const document = apiV1Document() as {
      paths: Record<
        string,
        Record<
          string,
          {
            security: unknown;
            parameters?: { name: string }[];
            responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
          }
        >
      >;
    };
    for (const endpoint of paymentsEndpoints) {
      const operation = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation).toBeDefined();
      expect(operation!.security).toEqual([{ bearerAuth: [endpoint.permission] }]);
      const names = [
        ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
        ...Object.keys(endpoint.query?.shape ?? {}),
      ];
      expect((operation!.parameters ?? []).map((parameter) => parameter.name)).toEqual(expect.arrayContaining(names));
      const success = operation!.responses[String(endpoint.response ? (endpoint.status ?? 200) : 204)];
      expect(success).toBeDefined();
      if (endpoint.response) expect(success!.content?.["application/json"]?.schema).toMatchObject({ type: "object" });
      for (const status of ["400", "401", "403"]) expect(operation!.responses[status]).toBeDefined();
    }
  });
});
