import { renderToStaticMarkup } from "react-dom/server";
import PublicDocumentPage from "@/app/p/[token]/page";
import { db } from "@/lib/db/prisma";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { testMeta } from "../../support/factories";
import { guessedToken, linkFor, makeInvoice, makeSentQuote, shareWorkspace } from "./share-link-fixtures";

// The public page rendered as the server renders it, with the request-scoped helpers that
// need Next.js's request context replaced (the visitor's address and language are fixed).
jest.mock("@/app/_shared/session", () => ({
  getRequestMeta: async () => ({ ip: "203.0.113.50", userAgent: "page-test" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: async () => {
    const { getMessages } = await import("@/lib/i18n/get-messages");
    return { locale: "fr", messages: getMessages("fr") };
  },
}));

async function renderPage(token: string): Promise<string> {
  const element = await PublicDocumentPage({ params: Promise.resolve({ token }) });
  return renderToStaticMarkup(element);
}

const CUID = /\bc[a-z0-9]{24}\b/g;

describe("/p/[token]", () => {
  it("shows the invoice from its snapshots, with no internal id and nothing of another organization", async () => {
    const workspace = await shareWorkspace();
    const other = await shareWorkspace();
    await db.organizationSettings.update({
      where: { organizationId: other.organization.id },
      data: { legalName: "Autre Société Secrète SAS" },
    });
    const invoice = await makeInvoice(workspace);
    await makeInvoice(other);
    const link = await linkFor(workspace, invoice.id);
    const html = await renderPage(link.token);

    expect(html).toContain(invoice.number!);
    expect(html).toContain("Atelier Test SARL");
    expect(html).toContain(workspace.client.name);
    expect(html).toContain("Télécharger le PDF");
    expect(html).toContain(`/api/public/${link.token}/pdf`);
    expect(html).not.toContain("Autre Société Secrète SAS");
    // No cuid at all: not the document's, its client's, its lines', the organization's or the link's.
    const ids = [invoice.id, workspace.client.id, workspace.organization.id, workspace.user.id, link.id];
    for (const id of ids) expect(html).not.toContain(id);
    expect(html.match(CUID)).toBeNull();
    const view = await db.shareLinkView.findFirstOrThrow({ where: { shareLinkId: link.id } });
    expect(view).toMatchObject({ resource: "page", ip: "203.0.113.50", userAgent: "page-test" });
  });

  it("a quote in English shows the answer form, then the answer instead of it", async () => {
    const workspace = await shareWorkspace();
    const quote = await makeSentQuote(workspace, { language: "en" });
    const link = await linkFor(workspace, quote.id);
    let html = await renderPage(link.token);
    expect(html).toContain('lang="en"');
    expect(html).toContain("Download PDF");
    expect(html).toContain("I accept the terms of this quote");
    expect(html).toContain("Decline the quote");
    expect(html.match(CUID)).toBeNull();

    const { answerQuote } = await import("@/lib/share-links/answer-quote");
    await answerQuote(link.token, { decision: "ACCEPTED", signerName: "Jordan Lee", termsAccepted: true }, testMeta());
    html = await renderPage(link.token);
    expect(html).toContain("Quote accepted on");
    expect(html).toContain("Jordan Lee");
    expect(html).not.toContain("I accept the terms of this quote");
  });

  it("prints documentMentions(), as the PDF: an invoice its payment mentions, a quote its terms and nothing of an invoice's", async () => {
    const workspace = await shareWorkspace();
    await db.organizationSettings.update({
      where: { organizationId: workspace.organization.id },
      data: { footerText: null, vatOnDebits: false },
    });
    const invoice = await makeInvoice(workspace);
    const invoiceHtml = await renderPage((await linkFor(workspace, invoice.id)).token);
    expect(invoiceHtml).toContain('id="public-mentions"');
    expect(invoiceHtml).toMatch(/frais de recouvrement en cas de retard de paiement\s:\s40/); // a business client
    expect(invoiceHtml).toContain("XML Factur-X");

    const quote = await makeSentQuote(workspace);
    const quoteHtml = await renderPage((await linkFor(workspace, quote.id)).token);
    expect(quoteHtml).toContain("Nature de l&#x27;opération\u00a0: prestation de services");
    expect(quoteHtml).toContain("Devis gratuit.");
    expect(quoteHtml).not.toContain("frais de recouvrement");
    expect(quoteHtml).not.toContain("IBAN");
    expect(quoteHtml).not.toContain("XML Factur-X");
    // France is the organizations' country: addresses print no "FR" line, as on the PDF.
    expect(quoteHtml).not.toMatch(/<span class="block">FR<\/span>/);
  });

  it("unknown and revoked links are the same 404", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    await revokeShareLink(workspace.member, link.id, testMeta());
    for (const token of [link.token, guessedToken()]) {
      const error = await renderPage(token).catch((caught: unknown) => caught);
      expect(String((error as { digest?: string }).digest)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });
});
