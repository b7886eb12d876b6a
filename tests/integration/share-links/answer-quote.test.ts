import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { documentDbError } from "@/lib/documents/document-db-errors";
import { loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { answerQuote } from "@/lib/share-links/answer-quote";
import { PUBLIC_ANSWER_LIMIT } from "@/lib/share-links/public-rate-limit";
import { getShareActivity } from "@/lib/share-links/list-share-links";
import { loadPublicDocument } from "@/lib/share-links/public-document";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { testMeta } from "../../support/factories";
import { sentQuote } from "../../support/issued-document-factories";
import { expectAppError } from "../../support/member-factories";
import { latestEmailTo } from "../../support/outbox";
import { linkFor, makeSentQuote, shareWorkspace } from "./share-link-fixtures";

// A 1×1 PNG, as a canvas would export it.
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const PNG_DATA_URL = `data:image/png;base64,${PNG_BASE64}`;

const acceptance = (overrides: Record<string, unknown> = {}) => ({
  decision: "ACCEPTED",
  signerName: "Camille Durand",
  termsAccepted: "on",
  signature: PNG_DATA_URL,
  ...overrides,
});

async function quoteWithLink() {
  const workspace = await shareWorkspace();
  const quote = await makeSentQuote(workspace);
  const link = await linkFor(workspace, quote.id);
  return { workspace, quote, link };
}

async function nothingWritten(documentId: string) {
  expect(await db.quoteResponse.count({ where: { documentId } })).toBe(0);
  expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).status).toBe("SENT");
}

describe("answerQuote through a public link", () => {
  it("accepts: stores the evidence (name, IP, user agent, stored PDF's sha256, signature), ACCEPTED, owner emailed", async () => {
    const { workspace, quote, link } = await quoteWithLink();
    const meta = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (test)" };
    const result = await answerQuote(link.token, acceptance(), meta);
    expect(result).toMatchObject({ decision: "ACCEPTED", signerName: "Camille Durand" });

    const pdf = await loadDocumentPdf(workspace.organization.id, quote.id);
    expect(pdf.draft).toBe(false);
    const response = await db.quoteResponse.findUniqueOrThrow({
      where: { organizationId_documentId: { organizationId: workspace.organization.id, documentId: quote.id } },
    });
    expect(response).toMatchObject({
      decision: "ACCEPTED",
      signerName: "Camille Durand",
      termsAccepted: true,
      reason: null,
      pdfSha256: pdf.sha256,
      ip: "198.51.100.7",
      userAgent: "Mozilla/5.0 (test)",
      shareLinkId: link.id,
    });
    expect(Buffer.from(response.signaturePng!).toString("base64")).toBe(PNG_BASE64);
    const stored = await db.documentPdf.findUniqueOrThrow({ where: { documentId: quote.id } });
    expect(response.pdfSha256).toBe(stored.sha256);

    const document = await db.document.findUniqueOrThrow({ where: { id: quote.id } });
    expect(document.status).toBe("ACCEPTED");
    expect(document.acceptedAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "quote.accepted", targetId: quote.id } });
    expect(audit.actorId).toBeNull();
    expect(audit.ip).toBe("198.51.100.7");
    expect(audit.metadata).toMatchObject({ shareLinkId: link.id, number: quote.number });

    const email = await latestEmailTo(workspace.user.email);
    expect(email.template).toBe("quote-answered");
    expect(email.subject).toBe(`Votre devis ${quote.number} a été accepté par Camille Durand`);

    // The member's page shows the answer; the public page shows it instead of the form.
    const activity = await getShareActivity(workspace.member, quote.id);
    expect(activity.response).toMatchObject({ decision: "ACCEPTED", signerName: "Camille Durand", ip: "198.51.100.7" });
    expect(activity.response!.signatureDataUrl).toBe(PNG_DATA_URL);
    const publicView = await loadPublicDocument(workspace.organization.id, quote.id);
    expect(publicView).toMatchObject({
      answerable: false,
      answer: { decision: "ACCEPTED", signerName: "Camille Durand" },
    });
  });

  it("declines with a reason → DECLINED; a second answer is refused clearly", async () => {
    const { workspace, quote, link } = await quoteWithLink();
    await answerQuote(link.token, { decision: "DECLINED", reason: "Trop cher pour nous cette année." }, testMeta());
    const response = await db.quoteResponse.findFirstOrThrow({ where: { documentId: quote.id } });
    expect(response).toMatchObject({
      decision: "DECLINED",
      reason: "Trop cher pour nous cette année.",
      signerName: null,
    });
    expect((await db.document.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("DECLINED");
    expect((await latestEmailTo(workspace.user.email)).subject).toContain("a été refusé");

    const again = await expectAppError(answerQuote(link.token, acceptance(), testMeta()), "quote_already_answered");
    expect(again.kind).toBe("CONFLICT");
    expect(await db.quoteResponse.count({ where: { documentId: quote.id } })).toBe(1);
  });

  it("two answers at once: exactly one wins", async () => {
    const { quote, link } = await quoteWithLink();
    const results = await Promise.allSettled([
      answerQuote(link.token, acceptance(), testMeta()),
      answerQuote(link.token, { decision: "DECLINED", reason: "Non" }, testMeta()),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.quoteResponse.count({ where: { documentId: quote.id } })).toBe(1);
  });

  it("an expired quote cannot be answered", async () => {
    const workspace = await shareWorkspace();
    const quote = await sentQuote(workspace.organization.id, workspace.client.id, {
      validUntil: addDays(calendarDate(), -1),
    });
    // A link that outlives the quote (explicit expiry): the quote's own rule still refuses.
    const link = await linkFor(workspace, quote.id, { expiresAt: null });
    await expectAppError(answerQuote(link.token, acceptance(), testMeta()), "quote_expired");
    await expectAppError(answerQuote(link.token, { decision: "DECLINED", reason: "x" }, testMeta()), "quote_expired");
    expect(await db.quoteResponse.count({ where: { documentId: quote.id } })).toBe(0);
  });

  it("a revoked or unknown link cannot answer (the same unusable-link error)", async () => {
    const { workspace, quote, link } = await quoteWithLink();
    await revokeShareLink(workspace.member, link.id, testMeta());
    const error = await expectAppError(answerQuote(link.token, acceptance(), testMeta()), "public_link_unusable");
    expect(error.kind).toBe("NOT_FOUND");
    await expectAppError(answerQuote("x".repeat(43), acceptance(), testMeta()), "public_link_unusable");
    await nothingWritten(quote.id);
  });

  it("an invoice's link cannot answer", async () => {
    const workspace = await shareWorkspace();
    const { makeInvoice } = await import("./share-link-fixtures");
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    await expectAppError(answerQuote(link.token, acceptance(), testMeta()), "public_link_unusable");
  });

  it.each([
    ["missing name", acceptance({ signerName: "   " }), { signerName: ["signer_name_required"] }],
    ["name on two lines", acceptance({ signerName: "Camille\nBcc: x@y" }), { signerName: ["signer_name_invalid"] }],
    ["unticked terms", acceptance({ termsAccepted: undefined }), { termsAccepted: ["terms_required"] }],
    ["terms not 'on'", acceptance({ termsAccepted: "off" }), { termsAccepted: ["terms_required"] }],
    [
      "a signature that is not a PNG",
      acceptance({ signature: `data:image/png;base64,${Buffer.from("GIF89a-not-a-png").toString("base64")}` }),
      { signature: ["signature_invalid"] },
    ],
    [
      "a JPEG data URL",
      acceptance({ signature: "data:image/jpeg;base64,/9j/4AAQ" }),
      { signature: ["signature_invalid"] },
    ],
    [
      "a huge signature",
      acceptance({ signature: `data:image/png;base64,${PNG_BASE64.slice(0, 12)}${"A".repeat(400_000)}` }),
      { signature: ["signature_too_large"] },
    ],
    ["a huge name", acceptance({ signerName: "x".repeat(10_000) }), { signerName: ["signer_name_too_long"] }],
    ["a refusal without reason", { decision: "DECLINED", reason: "" }, { reason: ["reason_required"] }],
    ["a huge reason", { decision: "DECLINED", reason: "x".repeat(1001) }, { reason: ["reason_too_long"] }],
  ])("bad input (%s) gives field errors and writes nothing", async (_case, input, fieldErrors) => {
    const { quote, link } = await quoteWithLink();
    const error = await expectAppError(answerQuote(link.token, input, testMeta()), "invalid_input");
    expect(error.details.fieldErrors).toEqual(fieldErrors);
    await nothingWritten(quote.id);
  });

  it("answers are write-once: update, delete and raw SQL are refused by the database", async () => {
    const { quote, link } = await quoteWithLink();
    await answerQuote(link.token, acceptance(), testMeta());
    const response = await db.quoteResponse.findFirstOrThrow({ where: { documentId: quote.id } });
    const update = await db.quoteResponse
      .update({ where: { id: response.id }, data: { signerName: "Someone else" } })
      .catch((error: unknown) => error);
    expect(documentDbError(update)?.code).toBe("evidence_immutable");
    const remove = await db.quoteResponse.delete({ where: { id: response.id } }).catch((error: unknown) => error);
    expect(documentDbError(remove)?.code).toBe("evidence_immutable");
    const raw = await db.$executeRaw`UPDATE "QuoteResponse" SET "pdfSha256" = 'x' WHERE "id" = ${response.id}`.catch(
      (error: unknown) => error,
    );
    expect(documentDbError(raw)?.code).toBe("evidence_immutable");
    const rawDelete = await db.$executeRaw`DELETE FROM "QuoteResponse" WHERE "id" = ${response.id}`.catch(
      (error: unknown) => error,
    );
    expect(documentDbError(rawDelete)?.code).toBe("evidence_immutable");
    expect(await db.quoteResponse.findUniqueOrThrow({ where: { id: response.id } })).toEqual(response);
  });

  it("is rate-limited per address (429 problem after the limit)", async () => {
    const { quote, link } = await quoteWithLink();
    const meta = testMeta();
    for (let attempt = 0; attempt < PUBLIC_ANSWER_LIMIT.limit; attempt++) {
      await expectAppError(answerQuote(link.token, { decision: "DECLINED", reason: "" }, meta), "invalid_input");
    }
    const limited = await expectAppError(answerQuote(link.token, acceptance(), meta), "public_rate_limited");
    expect(limited.status).toBe(429);
    expect(limited.details.retryAfterSeconds).toBeGreaterThan(0);
    await nothingWritten(quote.id);
    // Another address is not affected.
    await answerQuote(link.token, acceptance(), testMeta());
  });
});
