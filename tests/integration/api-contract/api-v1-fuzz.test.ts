import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { db } from "@/lib/db/prisma";
import { badBodies, badQueries, bodiesForNoBody, seededRandom, type BadInput } from "../../support/api-v1/bad-inputs";
import { dispatch } from "../../support/api-v1/api-v1-dispatch";
import { apiV1Operations, type OpenApiOperation } from "../../support/api-v1/api-v1-operations";
import { expectAnswer, runInvoiceFlow } from "../../support/api-v1/api-v1-invoice-flow";
import { readResponse, responseChecker, schemaCompiler } from "../../support/api-v1/api-v1-response-check";
import { apiV1World } from "../../support/api-v1/api-v1-world";
import { tenantSnapshot } from "../../support/api-v1/tenant-snapshot";

// Bad input on every /api/v1 operation with a body or a query, generated from the OpenAPI
// document (tests/support/api-v1/bad-inputs.ts, seeded): every case must be refused with 400
// (413 for a body over 1 MB) as problem+json valid against the document, never 5xx, and the
// organization's tables must be as before (row counts and latest updates). Path parameters
// name real records, each in a state where the request could have succeeded. Operations that
// take no body (archive, delete, convert…) get bodies too: only none or {} may pass.

const SEED = 20261207;

type Records = Awaited<ReturnType<typeof records>>;

async function records(world: Awaited<ReturnType<typeof apiV1World>>) {
  const { api } = world;
  const flow = await runInvoiceFlow(api, { label: "Fuzz", email: "fuzz@example.test" });
  const line = { description: "Audit", quantityMilli: 1000, unit: "day", unitPriceCents: 50_000, vatRateBps: 2000 };
  const draft = expectAnswer(
    await api.POST("/documents", { body: { type: "INVOICE", clientId: flow.client.id, lines: [line] } }),
    201,
  );
  const quote = expectAnswer(
    await api.POST("/documents", { body: { type: "QUOTE", clientId: flow.client.id, lines: [line] } }),
    201,
  );
  expectAnswer(await api.POST("/documents/{id}/send", { params: { path: { id: quote.id } }, body: {} }), 202);
  const group = expectAnswer(await api.POST("/client-groups", { body: { name: "Fuzz" } }), 201);
  const link = expectAnswer(
    await api.POST("/documents/{id}/share-links", { params: { path: { id: flow.invoice.id } } }),
    201,
  );
  // A client and an article no document names: deleting them would succeed.
  const client = expectAnswer(
    await api.POST("/clients", {
      body: {
        kind: "INDIVIDUAL",
        firstName: "Spare",
        lastName: "Client",
        emails: ["spare@example.test"],
        billingAddressLine1: "1 rue A",
        billingPostalCode: "75001",
        billingCity: "Paris",
      },
    }),
    201,
  );
  const article = expectAnswer(
    await api.POST("/articles", { body: { name: "Spare", unit: "piece", unitPriceCents: 100, vatRateBps: 2000 } }),
    201,
  );
  return { flow, draft, quote, group, link, client, article };
}

/** A real record for each path parameter, one the operation could act on. */
function pathParams(operation: OpenApiOperation, r: Records): Record<string, string> {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((found) => found[1] ?? "");
  const documentFor: Record<string, string> = {
    sendDocument: r.quote.id,
    convertQuoteToInvoice: r.quote.id,
    convertQuoteToDeposit: r.quote.id,
    createCreditNote: r.flow.invoice.id,
    createShareLink: r.flow.invoice.id,
  };
  const byResource: Record<string, Record<string, string>> = {
    clients: { id: r.client.id },
    "client-groups": { id: r.group.id, clientId: r.flow.client.id },
    articles: { id: r.article.id },
    documents: { id: documentFor[operation.operationId] ?? r.draft.id, linkId: r.link.id },
    payments: { id: r.flow.payments[0]?.id ?? "" },
  };
  const resource = byResource[operation.path.split("/")[1] ?? ""] ?? {};
  return Object.fromEntries(
    names.map((name) => {
      const value = resource[name];
      if (!value) throw new Error(`${operation.operationId}: the fuzz test has no record for {${name}}: add one`);
      return [name, value];
    }),
  );
}

type World = Awaited<ReturnType<typeof apiV1World>>;

describe("/api/v1 bad input (fuzz over the OpenAPI document)", () => {
  const document = apiV1Document();
  const operations = apiV1Operations(document);
  const check = responseChecker(document);
  let world: World;
  let r: Records;
  beforeAll(async () => {
    world = await apiV1World();
    r = await records(world);
  }, 60_000);

  /** Sends each case; returns what went wrong (status, contract, writes) and the number of cases. */
  async function send(operation: OpenApiOperation, inputs: BadInput[], base?: unknown) {
    const failures: string[] = [];
    const params = pathParams(operation, r);
    const before = await tenantSnapshot(world.organization.id);
    for (const input of inputs) {
      // The rate limit would answer 429 before the input is read: each case starts afresh.
      await db.apiToken.update({ where: { id: world.token.id }, data: { rateLimitTat: null } });
      const response = await dispatch(operation, {
        token: world.token.secret,
        params,
        query: input.query,
        body: input.body ?? (base === undefined ? undefined : JSON.stringify(base)),
      });
      const answer = await readResponse(response);
      const expected = input.name === "body over 1 MB" ? 413 : 400;
      const where = `${operation.operationId} "${input.name}"`;
      if (answer.status !== expected) {
        failures.push(`${where}: ${answer.status} instead of ${expected}: ${answer.text.slice(0, 300)}`);
      }
      failures.push(...check(operation, answer).map((violation) => `${where}: ${violation}`));
    }
    const after = await tenantSnapshot(world.organization.id);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length > 0) {
      const tables = changed.map((table) => `${table} (${before[table]} → ${after[table]})`).join(", ");
      failures.push(`${operation.operationId}: bad inputs wrote to ${tables}`);
    }
    return failures;
  }

  it("refuses every generated bad body or query with 400/413 problem+json and writes nothing", async () => {
    const compile = schemaCompiler(document);
    const random = seededRandom(SEED);
    const failures: string[] = [];
    let cases = 0;
    const fuzzed = operations.filter(
      (operation) => operation.requestBody || operation.parameters.some((parameter) => parameter.in === "query"),
    );
    for (const operation of fuzzed) {
      const inputs: BadInput[] = [];
      let base: unknown;
      if (operation.requestBody) {
        const validate = compile(`${operation.operationId} request`, operation.requestBody);
        const generated = badBodies(operation.requestBody, random, operation.requestBodyRequired);
        base = generated.base;
        if (!validate(base)) {
          failures.push(
            `${operation.operationId}: the generated base body is invalid: ${JSON.stringify(validate.errors)}`,
          );
        }
        for (const input of generated.cases) {
          if (input.schemaInvalid && input.value !== undefined && validate(input.value)) {
            failures.push(
              `${operation.operationId} "${input.name}": the document accepts ${input.body?.slice(0, 200)}`,
            );
          }
          inputs.push(input);
        }
      }
      inputs.push(...badQueries(operation, random));
      cases += inputs.length;
      failures.push(...(await send(operation, inputs, base)));
    }

    expect(failures).toEqual([]);
    // Every operation with an input was fuzzed. The run stays bounded as the document grows: 432
    // cases for 19 operations took 16-25 s on PGlite (2 cores); past 1,500 cases, sample them.
    expect(fuzzed.length).toBeGreaterThan(10);
    expect(cases).toBeGreaterThan(fuzzed.length * 3);
    expect(cases).toBeLessThan(1_500);
  }, 90_000);

  it("refuses a body on every operation that takes none, writing nothing", async () => {
    const random = seededRandom(SEED + 1);
    const bodiless = operations.filter((operation) => operation.method !== "GET" && !operation.requestBody);
    const failures: string[] = [];
    for (const operation of bodiless) failures.push(...(await send(operation, bodiesForNoBody(random))));
    expect(failures).toEqual([]);
    expect(bodiless.length).toBeGreaterThan(5);
  }, 60_000);
});
