import { createHash } from "node:crypto";
import { GET as memberGET } from "@/app/api/documents/[id]/facturx.xml/route";
import { GET as publicGET } from "@/app/api/public/[token]/facturx.xml/route";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { documentFacturxResponse } from "@/lib/pdf/pdf-response";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "@/tests/support/document-factories";
import { testMeta } from "@/tests/support/factories";
import { addMember, signedIn } from "@/tests/support/member-factories";
import { guessedToken, linkFor, makeSentQuote } from "../share-links/share-link-fixtures";

// The two Factur-X XML routes end to end, like the PDF routes' tests:
// - GET /api/documents/[id]/facturx.xml (route → documentFacturxResponse): members of the
//   document's organization only, the stored XML as an attachment with its ETag;
// - GET /api/public/[token]/facturx.xml: a working link to an invoice, deposit invoice or credit
//   note gets the XML and records an "xml" view; every other link the same 404.
// The member route reads its session through app/_shared/session (Next.js request context):
// replaced here by the session each test signs in.

let mockSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({ getSession: async () => mockSession }));

type Workspace = Awaited<ReturnType<typeof documentWorkspace>>;

function memberGet(id: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/documents/${id}/facturx.xml`, { headers });
  return memberGET(request, { params: Promise.resolve({ id }) });
}

let address = 0;
function publicGet(token: string, headers: Record<string, string> = {}) {
  const ip = `198.51.100.${++address % 250}`;
  const request = new Request(`http://localhost/api/public/${token}/facturx.xml`, {
    headers: { "x-forwarded-for": ip, "user-agent": "xml-reader", ...headers },
  });
  return { ip, response: publicGET(request, { params: Promise.resolve({ token }) }) };
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function storedXml(documentId: string): Promise<string> {
  const row = await db.documentPdf.findUniqueOrThrow({ where: { documentId } });
  if (row.facturxXml === null) throw new Error("no XML stored");
  return row.facturxXml;
}

async function problemOf(response: Response) {
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function issuedInvoiceOf(workspace: Workspace) {
  const issued = await makeIssuedInvoice(workspace.member, workspace.client.id);
  return db.document.findUniqueOrThrow({ where: { id: issued.id } });
}

afterEach(() => {
  mockSession = null;
});

describe("GET /api/documents/[id]/facturx.xml", () => {
  it("a member gets the stored XML as an attachment; the ETag answers 304", async () => {
    const workspace = await documentWorkspace();
    const invoice = await issuedInvoiceOf(workspace);
    mockSession = await signedIn(workspace.user.id, workspace.organization.id);

    const response = await memberGet(invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}-factur-x.xml"`);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const body = await response.text();
    const xml = await storedXml(invoice.id);
    expect(body).toBe(xml);
    expect(body).toContain(`<ram:ID>${invoice.number}</ram:ID>`);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(xml, "utf8")));
    const etag = `"${sha256(xml)}"`;
    expect(response.headers.get("etag")).toBe(etag);

    const revalidated = await memberGet(invoice.id, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
    const stale = await memberGet(invoice.id, { "if-none-match": '"another"' });
    expect(stale.status).toBe(200);
  });

  it("an accountant (documents.read) gets a credit note's XML too", async () => {
    const workspace = await documentWorkspace();
    const invoice = await issuedInvoiceOf(workspace);
    const credit = await createCreditNote(workspace.member, { invoiceId: invoice.id, mode: "FULL" }, testMeta());
    const issued = await issueDocument(workspace.member, credit.documentId, {}, testMeta());
    const { user } = await addMember(workspace.organization.id, "ACCOUNTANT");
    mockSession = await signedIn(user.id, workspace.organization.id);

    const response = await memberGet(credit.documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${issued.number}-factur-x.xml"`);
    const body = await response.text();
    expect(body).toBe(await storedXml(credit.documentId));
    expect(body).toContain("<ram:TypeCode>381</ram:TypeCode>");
  });

  it("another organization's member gets the 404 problem of a missing document", async () => {
    const mine = await documentWorkspace();
    const theirs = await documentWorkspace();
    const invoice = await issuedInvoiceOf(mine);
    const outsider = await signedIn(theirs.user.id, theirs.organization.id);
    mockSession = outsider;
    for (const id of [invoice.id, "not-an-id"]) {
      expect(await problemOf(await memberGet(id))).toEqual({
        status: 404,
        type: "application/problem+json",
        body: expect.objectContaining({ status: 404, code: "document_not_found" }),
      });
    }
    // Straight through documentFacturxResponse too, once the XML is stored on the owner's side.
    mockSession = await signedIn(mine.user.id, mine.organization.id);
    expect((await memberGet(invoice.id)).status).toBe(200);
    const again = await documentFacturxResponse(outsider, invoice.id, new Request("http://localhost/x"));
    expect((await problemOf(again)).body).toMatchObject({ status: 404, code: "document_not_found" });
  });

  it("a draft and a quote have no XML: 409 facturx_unavailable", async () => {
    const workspace = await documentWorkspace();
    const draft = await makeDraft(workspace.member, workspace.client.id);
    const quote = await makeSentQuote(workspace);
    mockSession = await signedIn(workspace.user.id, workspace.organization.id);
    for (const id of [draft.id, quote.id]) {
      expect(await problemOf(await memberGet(id))).toEqual({
        status: 409,
        type: "application/problem+json",
        body: expect.objectContaining({ status: 409, code: "facturx_unavailable" }),
      });
    }
    // The quote's stored PDF (rendered by that request) is a plain one, without XML.
    expect((await db.documentPdf.findUniqueOrThrow({ where: { documentId: quote.id } })).facturxXml).toBeNull();
  });

  it("signed out: 401", async () => {
    const workspace = await documentWorkspace();
    const invoice = await issuedInvoiceOf(workspace);
    mockSession = null;
    expect(await problemOf(await memberGet(invoice.id))).toEqual({
      status: 401,
      type: "application/problem+json",
      body: expect.objectContaining({ status: 401, code: "unauthenticated" }),
    });
  });
});

describe("GET /api/public/[token]/facturx.xml", () => {
  it("a working link to an invoice: 200 with the stored XML, recorded as an xml view", async () => {
    const workspace = await documentWorkspace();
    const invoice = await issuedInvoiceOf(workspace);
    const link = await linkFor(workspace, invoice.id);
    const { ip, response: pending } = publicGet(link.token);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}-factur-x.xml"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    const xml = await storedXml(invoice.id);
    expect(await response.text()).toBe(xml);
    expect(response.headers.get("etag")).toBe(`"${sha256(xml)}"`);
    const views = await db.shareLinkView.findMany({ where: { shareLinkId: link.id } });
    expect(views).toMatchObject([{ resource: "xml", ip, userAgent: "xml-reader", documentId: invoice.id }]);
  });

  it("a quote's link, an unknown and a revoked token: the same 404 public_link_unusable, nothing recorded", async () => {
    const workspace = await documentWorkspace();
    const invoice = await issuedInvoiceOf(workspace);
    const revoked = await linkFor(workspace, invoice.id);
    await revokeShareLink(workspace.member, revoked.id, testMeta());
    const quote = await makeSentQuote(workspace);
    const quoteLink = await linkFor(workspace, quote.id);

    const answers = [];
    for (const token of [quoteLink.token, guessedToken(), revoked.token]) {
      const response = await publicGet(token).response;
      answers.push({
        status: response.status,
        type: response.headers.get("content-type"),
        cache: response.headers.get("cache-control"),
        body: await response.text(),
      });
    }
    expect(answers).toEqual(
      Array(3).fill({
        status: 404,
        type: "application/problem+json",
        cache: "private, no-store",
        body: '{"status":404,"code":"public_link_unusable"}',
      }),
    );
    expect(await db.shareLinkView.count({ where: { shareLinkId: { in: [revoked.id, quoteLink.id] } } })).toBe(0);
  });
});
