import * as documentRoute from "@/app/api/v1/documents/[id]/route";
import { POST as convertToDepositRoute } from "@/app/api/v1/documents/[id]/convert-to-deposit/route";
import { POST as convertToInvoiceRoute } from "@/app/api/v1/documents/[id]/convert-to-invoice/route";
import { POST as creditNoteRoute } from "@/app/api/v1/documents/[id]/credit-notes/route";
import { GET as facturxRoute } from "@/app/api/v1/documents/[id]/facturx.xml/route";
import { POST as issueRoute } from "@/app/api/v1/documents/[id]/issue/route";
import { GET as pdfRoute } from "@/app/api/v1/documents/[id]/pdf/route";
import { POST as sendRoute } from "@/app/api/v1/documents/[id]/send/route";
import { GET as sendsRoute } from "@/app/api/v1/documents/[id]/sends/route";
import * as shareLinksRoute from "@/app/api/v1/documents/[id]/share-links/route";
import { POST as revokeRoute } from "@/app/api/v1/documents/[id]/share-links/[linkId]/revoke/route";
import * as documentsRoute from "@/app/api/v1/documents/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { addApiToken, callApi } from "../../support/api-factories";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { actingAs, addMember } from "../../support/member-factories";

// /api/v1/documents through its route handlers with real Requests: the document functions of
// the pages do the work (numbers, totals, lifecycle refusals), the API only speaks cents,
// thousandths and basis points, and a token reaches its own organization's documents only.

const ALL: Permission[] = ["documents.read", "documents.write", "documents.issue"];

async function world(scopes: Permission[] = ALL) {
  const workspace = await documentWorkspace("OWNER");
  const token = await addApiToken(workspace.organization.id, workspace.user.id, scopes);
  return { ...workspace, token };
}

type World = Awaited<ReturnType<typeof world>>;

const line = (overrides: Record<string, unknown> = {}) => ({
  description: "Développement",
  quantityMilli: 1500,
  unit: "hour",
  unitPriceCents: 8000,
  vatRateBps: 2000,
  ...overrides,
});

/** Everything a document call could write in the organization. */
async function documentSnapshot(organizationId: string) {
  const [documents, lines, links, sends, audit] = await Promise.all([
    db.document.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.documentLine.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.shareLink.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.documentSend.count({ where: { organizationId } }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { documents, lines, links, sends, audit };
}

function call(world: World, handler: Parameters<typeof callApi>[0], method: string, id: string, body?: unknown) {
  return callApi(handler, method, `/documents/${id}`, { token: world.token.secret, params: { id }, body });
}

/** A download: its Response as is (callApi reads bodies as JSON). */
function download(w: World, handler: typeof pdfRoute, id: string, token = w.token.secret) {
  return handler(
    new Request(`http://localhost/api/v1/documents/${id}/file`, { headers: { authorization: `Bearer ${token}` } }),
    { params: Promise.resolve({ id }) },
  );
}

async function createQuote(w: World, overrides: Record<string, unknown> = {}) {
  const answer = await callApi(documentsRoute.POST, "POST", "/documents", {
    token: w.token.secret,
    body: { type: "QUOTE", clientId: w.client.id, lines: [line()], ...overrides },
  });
  expect(answer.status).toBe(201);
  return answer.json as Record<string, unknown> & { id: string };
}

describe("/api/v1/documents drafts", () => {
  it("creates a draft in cents, reads it, patches some fields, deletes it; audit names the token", async () => {
    const w = await world();
    const created = await callApi(documentsRoute.POST, "POST", "/documents", {
      token: w.token.secret,
      body: {
        type: "INVOICE",
        clientId: w.client.id,
        title: "Site web",
        discount: { kind: "PERCENT", value: 1000 },
        lines: [
          line(),
          line({ description: "Hébergement", quantityMilli: 1000, unitPriceCents: 1250, vatRateBps: 550 }),
        ],
      },
    });
    expect(created.status).toBe(201);
    // 1.5 h × 80 € = 120 € at 20 %, 12,50 € at 5.5 %; 10 % off the whole document.
    expect(created.json).toMatchObject({
      type: "INVOICE",
      status: "DRAFT",
      displayStatus: "DRAFT",
      editable: true,
      number: null,
      title: "Site web",
      discount: { kind: "PERCENT", value: 1000 },
      totals: { totalExclVatCents: 11925, discountCents: 1325 },
      client: { id: w.client.id },
      payments: [],
      shareLinks: [],
    });
    const lines = created.json?.lines as Record<string, unknown>[];
    expect(lines.map((row) => [row.quantityMilli, row.unitPriceCents, row.vatRateBps, row.netCents])).toEqual([
      [1500, 8000, 2000, 12000],
      [1000, 1250, 550, 1250],
    ]);
    const id = created.json?.id as string;

    const patched = await call(w, documentRoute.PATCH, "PATCH", id, { notes: "Merci", discount: null });
    expect(patched).toMatchObject({
      status: 200,
      json: { notes: "Merci", title: "Site web", discount: null, totals: { totalExclVatCents: 13250 } },
    });
    expect((patched.json?.lines as unknown[]).length).toBe(2);

    const stale = await call(w, documentRoute.PATCH, "PATCH", id, {
      title: "Autre",
      expectedUpdatedAt: created.json?.updatedAt,
    });
    expect(stale).toMatchObject({ status: 409, json: { code: "document_changed" } });

    const got = await call(w, documentRoute.GET, "GET", id);
    expect(got.json).toEqual(patched.json);

    const deleted = await call(w, documentRoute.DELETE, "DELETE", id);
    expect(deleted.status).toBe(204);
    expect(await db.document.count({ where: { id } })).toBe(0);

    const entries = await db.auditLog.findMany({
      where: { organizationId: w.organization.id, targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["document.created", "document.updated", "document.deleted"]);
    for (const entry of entries) expect(entry).toMatchObject({ apiTokenId: w.token.id, actorId: w.user.id });
  });

  it("lists every type with the lists' filters, paginated by cursor", async () => {
    const w = await world();
    const other = await addClient(await actingAs(w.user.id, w.organization.id, "clients.write"), companyInput());
    const invoice = await makeIssuedInvoice(w.member, w.client.id);
    await makeDraft(w.member, w.client.id);
    await createQuote(w);
    await createQuote(w, { clientId: other.id });

    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : "?limit=3";
      const page = await callApi(documentsRoute.GET, "GET", `/documents${query}`, { token: w.token.secret });
      expect(page.status).toBe(200);
      ids.push(...(page.json?.data ?? []).map((item) => item.id as string));
      cursor = page.json?.nextCursor as string | null;
    } while (cursor);
    expect(new Set(ids).size).toBe(4);

    const get = async (query: string) =>
      (await callApi(documentsRoute.GET, "GET", `/documents?${query}`, { token: w.token.secret })).json?.data ?? [];
    expect((await get("type=QUOTE")).length).toBe(2);
    expect((await get(`type=QUOTE&client=${other.id}`)).length).toBe(1);
    expect(await get("status=ISSUED")).toEqual([
      expect.objectContaining({ id: invoice.id, number: invoice.number, displayStatus: "ISSUED", balanceCents: 12000 }),
    ]);
    expect((await get(`q=${encodeURIComponent(invoice.number)}`)).map((item) => item.id)).toEqual([invoice.id]);
    expect((await get("minTotalCents=12000&maxTotalCents=12000&type=INVOICE")).length).toBe(2);
    expect((await get(`from=${invoice.issueDate}&to=${invoice.issueDate}`)).map((item) => item.id)).toEqual([
      invoice.id,
    ]);
    const bad = await callApi(documentsRoute.GET, "GET", "/documents?status=LOST&from=2026-02-30", {
      token: w.token.secret,
    });
    expect(bad).toMatchObject({ status: 400, json: { code: "invalid_input" } });
    expect(Object.keys(bad.json?.errors as object).sort()).toEqual(["from", "status"]);
  });

  it("refuses bad input under the API's field names and writes nothing", async () => {
    const w = await world();
    const draft = await createQuote(w);
    const before = await documentSnapshot(w.organization.id);
    const post = (body: unknown) => callApi(documentsRoute.POST, "POST", "/documents", { token: w.token.secret, body });
    const base = { type: "INVOICE", clientId: w.client.id };

    expect(await post("{")).toMatchObject({ status: 400, json: { code: "invalid_json" } });
    expect(await post({ ...base, lines: [line()], totalCents: 1 })).toMatchObject({
      status: 400,
      json: { errors: { totalCents: ["unknown_field"] } },
    });
    const wrongTypes = await post({ ...base, lines: [line({ unitPriceCents: "12,50", quantityMilli: 1.5 })] });
    expect(Object.keys(wrongTypes.json?.errors as object).sort()).toEqual([
      "lines.0.quantityMilli",
      "lines.0.unitPriceCents",
    ]);
    // The editor's rules, reported on the fields the API knows.
    const rules = await post({
      ...base,
      lines: [line({ unitPriceCents: -100, vatRateBps: 1900, quantityMilli: 0 })],
    });
    expect(rules).toMatchObject({
      status: 400,
      json: {
        errors: {
          "lines.0.unitPriceCents": ["money_negative"],
          "lines.0.vatRateBps": ["vat_rate_invalid"],
          "lines.0.quantityMilli": ["quantity_range"],
        },
      },
    });
    const discounts = await post({ ...base, lines: [line({ discount: { kind: "AMOUNT", value: 1_000_000 } })] });
    expect(discounts).toMatchObject({
      status: 400,
      json: { errors: { "lines.0.discount.value": ["discount_exceeds_line"] } },
    });
    expect(await post({ ...base, discount: { kind: "PERCENT", value: 20_000 }, lines: [line()] })).toMatchObject({
      status: 400,
      json: { errors: { "discount.value": ["discount_percent_range"] } },
    });
    expect(await post({ ...base, type: "CREDIT_NOTE", lines: [line()] })).toMatchObject({ status: 400 });
    expect(await post({ ...base, lines: [] })).toMatchObject({
      status: 400,
      json: { errors: { lines: ["lines_required"] } },
    });
    expect(await post({ ...base, clientId: "nope", lines: [line()] })).toMatchObject({
      status: 400,
      json: { errors: { clientId: ["client_not_found"] } },
    });
    expect(await post({ ...base, lines: [line({ description: "a\u0000b" })] })).toMatchObject({
      status: 400,
      json: { errors: { "lines.0.description": ["control_characters"] } },
    });
    const patch = await call(w, documentRoute.PATCH, "PATCH", draft.id, { lines: [line({ unitPriceCents: 1.5 })] });
    expect(patch.status).toBe(400);
    const issueBody = await call(w, issueRoute, "POST", draft.id, { issueDate: "tomorrow" });
    expect(issueBody).toMatchObject({ status: 400, json: { errors: { issueDate: expect.any(Array) } } });
    expect(await documentSnapshot(w.organization.id)).toEqual(before);
  });
});

describe("/api/v1/documents lifecycle", () => {
  it("issues an invoice once; an issued document refuses change with the domain's 409", async () => {
    const w = await world();
    const draft = await makeDraft(w.member, w.client.id);
    // No body at all: every field of the issue input is optional, so none means "{}".
    const issued = await call(w, issueRoute, "POST", draft.id);
    expect(issued).toMatchObject({
      status: 200,
      json: { status: "ISSUED", displayStatus: "ISSUED", editable: false, balanceCents: 12000 },
    });
    expect(issued.json?.number).toEqual(expect.any(String));
    expect(issued.json?.sellerSnapshot).toMatchObject({ legalName: "Atelier Test SARL" });

    const unsent = await makeDraft(w.member, w.client.id);
    const before = await documentSnapshot(w.organization.id);
    expect(await call(w, issueRoute, "POST", draft.id, {})).toMatchObject({
      status: 409,
      contentType: "application/problem+json",
      json: { code: "document_frozen" },
    });
    expect(await call(w, documentRoute.PATCH, "PATCH", draft.id, { notes: "x" })).toMatchObject({
      status: 409,
      json: { code: "document_frozen" },
    });
    expect(await call(w, documentRoute.DELETE, "DELETE", draft.id)).toMatchObject({
      status: 409,
      json: { code: "document_frozen" },
    });
    expect(await call(w, sendRoute, "POST", unsent.id, {})).toMatchObject({
      status: 409,
      json: { code: "document_not_issued" },
    });
    const quote = await createQuote(w);
    expect(await call(w, issueRoute, "POST", quote.id, {})).toMatchObject({
      status: 409,
      json: { code: "document_not_issuable" },
    });
    expect(await call(w, creditNoteRoute, "POST", quote.id, { mode: "FULL" })).toMatchObject({ status: 404 });
    expect(await call(w, convertToInvoiceRoute, "POST", draft.id)).toMatchObject({ status: 404 });
    const after = await documentSnapshot(w.organization.id);
    expect(after.documents.filter((document) => document.id !== quote.id)).toEqual(before.documents);
  });

  it("sends a quote (202, queued), converts it to a deposit and a final invoice, credits the invoice", async () => {
    const w = await world();
    const quote = await createQuote(w, { lines: [line({ quantityMilli: 10_000, unitPriceCents: 10_000 })] });

    const sent = await call(w, sendRoute, "POST", quote.id, {});
    expect(sent.status).toBe(202);
    expect(sent.json).toMatchObject({
      send: { kind: "SEND", email: { status: "QUEUED", sentAt: null }, recipients: [expect.stringContaining("@")] },
      document: { id: quote.id, status: "SENT", displayStatus: "SENT" },
    });
    expect((sent.json?.document as { number: string | null }).number).toEqual(expect.any(String));
    const sends = await call(w, sendsRoute, "GET", quote.id);
    expect(sends.json?.data).toEqual([sent.json?.send]);
    expect(await call(w, sendRoute, "POST", quote.id, { recipients: ["someone@else.test"] })).toMatchObject({
      status: 400,
      json: { errors: { "recipients.0": ["recipient_not_client"] } },
    });

    const deposit = await call(w, convertToDepositRoute, "POST", quote.id, { kind: "PERCENT", value: 3000 });
    expect(deposit).toMatchObject({
      status: 201,
      json: { type: "DEPOSIT_INVOICE", status: "DRAFT", totals: { totalInclVatCents: 36_000 } },
    });
    const depositId = deposit.json?.id as string;
    expect(await call(w, convertToDepositRoute, "POST", quote.id, { kind: "AMOUNT", value: 100_000_00 })).toMatchObject(
      {
        status: 409,
        json: { code: "deposit_exceeds_quote" },
      },
    );
    expect(await call(w, convertToInvoiceRoute, "POST", quote.id)).toMatchObject({
      status: 409,
      json: { code: "deposit_draft_pending" },
    });
    expect((await call(w, issueRoute, "POST", depositId, {})).status).toBe(200);

    const final = await call(w, convertToInvoiceRoute, "POST", quote.id);
    expect(final).toMatchObject({
      status: 201,
      json: { type: "INVOICE", status: "DRAFT", totals: { totalInclVatCents: 84_000 } },
    });
    const finalId = final.json?.id as string;
    expect((final.json?.lines as { deductedDocumentId: string | null }[]).at(-1)?.deductedDocumentId).toBe(depositId);
    // A PATCH keeps the generated deduction: the total stays net of the deposit.
    const retitled = await call(w, documentRoute.PATCH, "PATCH", finalId, { title: "Solde" });
    expect(retitled.json).toMatchObject({ title: "Solde", totals: { totalInclVatCents: 84_000 } });
    expect((await call(w, documentRoute.GET, "GET", quote.id)).json).toMatchObject({
      status: "INVOICED",
      related: { conversions: [{ id: depositId }, { id: finalId }] },
    });
    expect((await call(w, issueRoute, "POST", finalId, {})).status).toBe(200);

    const credit = await call(w, creditNoteRoute, "POST", finalId, { mode: "AMOUNT", amountCents: 12_000 });
    expect(credit).toMatchObject({
      status: 201,
      json: { type: "CREDIT_NOTE", status: "DRAFT", totals: { totalInclVatCents: 12_000 } },
    });
    expect(await call(w, creditNoteRoute, "POST", finalId, { mode: "AMOUNT", amountCents: 0 })).toMatchObject({
      status: 400,
      json: { errors: { amountCents: ["credit_note_empty"] } },
    });
    expect(await call(w, creditNoteRoute, "POST", finalId, { mode: "AMOUNT", amountCents: 90_000 })).toMatchObject({
      status: 409,
      json: { code: "credit_exceeds_invoice" },
    });
    const lines = await call(w, creditNoteRoute, "POST", finalId, { mode: "LINES", lines: [line()] });
    expect(lines).toMatchObject({ status: 201, json: { totals: { totalInclVatCents: 14_400 } } });
  });

  it("downloads the PDF and the Factur-X XML; creates, lists and revokes share links", async () => {
    const w = await world();
    const draft = await makeDraft(w.member, w.client.id);
    const draftPdf = await download(w, pdfRoute, draft.id);
    expect(draftPdf.status).toBe(200);
    expect(draftPdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await draftPdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    expect(await call(w, facturxRoute, "GET", draft.id)).toMatchObject({ status: 409 });
    expect(await call(w, shareLinksRoute.POST, "POST", draft.id)).toMatchObject({
      status: 409,
      json: { code: "share_link_draft" },
    });

    const issued = await makeIssuedInvoice(w.member, w.client.id);
    const xml = await download(w, facturxRoute, issued.id);
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toContain("application/xml");
    expect(await xml.text()).toContain(issued.number);

    const link = await call(w, shareLinksRoute.POST, "POST", issued.id);
    expect(link).toMatchObject({ status: 201, json: { url: expect.stringMatching(/\/p\/[\w-]{40,}$/) } });
    const linkId = link.json?.id as string;
    const listed = await call(w, shareLinksRoute.GET, "GET", issued.id);
    expect(listed.json?.data).toEqual([expect.objectContaining({ id: linkId, state: "active", sentByEmail: false })]);
    expect((await call(w, documentRoute.GET, "GET", issued.id)).json?.shareLinks).toEqual(listed.json?.data);

    const otherDocument = await makeIssuedInvoice(w.member, w.client.id);
    const wrongPath = await callApi(revokeRoute, "POST", "/", {
      token: w.token.secret,
      params: { id: otherDocument.id, linkId },
    });
    expect(wrongPath).toMatchObject({ status: 404, json: { code: "share_link_not_found" } });
    const revoke = () =>
      callApi(revokeRoute, "POST", "/", { token: w.token.secret, params: { id: issued.id, linkId } });
    expect(await revoke()).toMatchObject({ status: 200, json: { id: linkId, state: "revoked" } });
    expect(await revoke()).toMatchObject({ status: 200, json: { state: "revoked" } });
  });
});

describe("/api/v1/documents Idempotency-Key", () => {
  it("a retried send emails once and answers the first 202; concurrent creates make one draft", async () => {
    const w = await world();
    const quote = await createQuote(w);
    const send = () =>
      callApi(sendRoute, "POST", "/", {
        token: w.token.secret,
        params: { id: quote.id },
        body: {},
        headers: { "idempotency-key": `send-${quote.id}` },
      });
    const first = await send();
    expect(first.status).toBe(202);
    const retry = await send();
    expect(retry).toMatchObject({ status: 202, json: first.json });
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    expect(await db.documentSend.count({ where: { documentId: quote.id } })).toBe(1);

    const body = { type: "INVOICE", clientId: w.client.id, lines: [line()] };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        callApi(documentsRoute.POST, "POST", "/documents", {
          token: w.token.secret,
          body,
          headers: { "idempotency-key": "invoice-1" },
        }),
      ),
    );
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.json?.id)).size).toBe(1);
    for (const answer of answers.filter((one) => one.status !== 201)) {
      expect(answer).toMatchObject({ status: 409, json: { code: "idempotency_key_in_progress" } });
    }
    expect(await db.document.count({ where: { organizationId: w.organization.id, type: "INVOICE" } })).toBe(1);
  });
});

describe("/api/v1/documents access", () => {
  it("another organization's documents are 404 everywhere and stay as they were", async () => {
    const w = await world();
    const them = await world();
    const draft = await makeDraft(them.member, them.client.id);
    const issued = await makeIssuedInvoice(them.member, them.client.id);
    const before = await documentSnapshot(them.organization.id);
    const answers = [
      await call(w, documentRoute.GET, "GET", draft.id),
      await call(w, documentRoute.PATCH, "PATCH", draft.id, { notes: "mine" }),
      await call(w, documentRoute.DELETE, "DELETE", draft.id),
      await call(w, issueRoute, "POST", draft.id, {}),
      await call(w, sendRoute, "POST", issued.id, {}),
      await call(w, sendsRoute, "GET", issued.id),
      await call(w, convertToInvoiceRoute, "POST", draft.id),
      await call(w, convertToDepositRoute, "POST", draft.id, { kind: "PERCENT", value: 1000 }),
      await call(w, creditNoteRoute, "POST", issued.id, { mode: "FULL" }),
      await call(w, pdfRoute, "GET", issued.id),
      await call(w, facturxRoute, "GET", issued.id),
      await call(w, shareLinksRoute.POST, "POST", issued.id),
      await call(w, shareLinksRoute.GET, "GET", issued.id),
      await callApi(revokeRoute, "POST", "/", { token: w.token.secret, params: { id: issued.id, linkId: "x" } }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.contentType).toBe("application/problem+json");
    }
    // Their client cannot be used for a draft either.
    const foreignClient = await callApi(documentsRoute.POST, "POST", "/documents", {
      token: w.token.secret,
      body: { type: "QUOTE", clientId: them.client.id, lines: [line()] },
    });
    expect(foreignClient).toMatchObject({ status: 400, json: { errors: { clientId: ["client_not_found"] } } });
    const list = await callApi(documentsRoute.GET, "GET", "/documents", { token: w.token.secret });
    expect(list.json?.data).toEqual([]);
    expect(await documentSnapshot(them.organization.id)).toEqual(before);
  });

  it("403 without the scope (documents.read cannot write or issue), 401 for a revoked token", async () => {
    const w = await world(["documents.read"]);
    const draft = await makeDraft(w.member, w.client.id);
    const issued = await makeIssuedInvoice(w.member, w.client.id);
    const before = await documentSnapshot(w.organization.id);
    const refused = [
      await callApi(documentsRoute.POST, "POST", "/documents", {
        token: w.token.secret,
        body: { type: "QUOTE", clientId: w.client.id, lines: [line()] },
      }),
      await call(w, documentRoute.PATCH, "PATCH", draft.id, { notes: "x" }),
      await call(w, documentRoute.DELETE, "DELETE", draft.id),
      await call(w, issueRoute, "POST", draft.id, {}),
      await call(w, sendRoute, "POST", issued.id, {}),
      await call(w, creditNoteRoute, "POST", issued.id, { mode: "FULL" }),
      await call(w, shareLinksRoute.POST, "POST", issued.id),
    ];
    for (const answer of refused) expect(answer).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    expect((await call(w, documentRoute.GET, "GET", draft.id)).status).toBe(200);
    expect((await download(w, pdfRoute, issued.id)).status).toBe(200);

    // documents.write without documents.issue: drafts yes, issuing no.
    const writer = await addApiToken(w.organization.id, w.user.id, ["documents.read", "documents.write"]);
    const issue = await callApi(issueRoute, "POST", "/", { token: writer.secret, params: { id: draft.id }, body: {} });
    expect(issue.headers.get("www-authenticate")).toContain('scope="documents.issue"');
    expect(issue.status).toBe(403);
    expect(await documentSnapshot(w.organization.id)).toEqual(before);

    // A token an ACCOUNTANT made reads, never writes, whatever its scopes say.
    const accountant = await addMember(w.organization.id, "ACCOUNTANT");
    const accountantToken = await addApiToken(w.organization.id, accountant.user.id, ALL);
    const asAccountant = (handler: Parameters<typeof callApi>[0], method: string, body?: unknown) =>
      callApi(handler, method, "/", { token: accountantToken.secret, params: { id: draft.id }, body });
    expect(await asAccountant(issueRoute, "POST", {})).toMatchObject({ status: 403, json: { code: "forbidden" } });
    expect(await asAccountant(documentRoute.DELETE, "DELETE")).toMatchObject({ status: 403 });
    expect((await asAccountant(documentRoute.GET, "GET")).status).toBe(200);
    expect(await documentSnapshot(w.organization.id)).toEqual(before);

    const revoked = await addApiToken(w.organization.id, w.user.id, ALL, { revokedAt: new Date() });
    for (const [handler, method] of [
      [documentRoute.GET, "GET"],
      [pdfRoute, "GET"],
      [issueRoute, "POST"],
    ] as const) {
      const body = method === "POST" ? {} : undefined;
      const answer = await callApi(handler, method, "/", { token: revoked.secret, params: { id: draft.id }, body });
      expect(answer).toMatchObject({ status: 401, json: { code: "invalid_token" } });
    }
  });

  it("the OpenAPI document lists every documents endpoint with its scope", async () => {
    const document = (await openApiRoute().json()) as {
      paths: Record<string, Record<string, { security: unknown; responses: Record<string, unknown> }>>;
    };
    expect(document.paths["/documents"]?.get?.security).toEqual([{ bearerAuth: ["documents.read"] }]);
    expect(document.paths["/documents/{id}/issue"]?.post?.security).toEqual([{ bearerAuth: ["documents.issue"] }]);
    expect(Object.keys(document.paths["/documents/{id}/send"]?.post?.responses ?? {})).toContain("202");
    expect(Object.keys(document.paths["/documents/{id}"]?.patch?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "401", "403", "404", "409"]),
    );
  });
});
