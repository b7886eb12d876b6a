import { GET as exportArticles } from "@/app/api/articles/export/route";
import { createArticle } from "@/lib/articles/create-article";
import { createGroup } from "@/lib/client-groups/create-group";
import { parseClientId } from "@/lib/clients/client-id";
import { createClient } from "@/lib/clients/create-client";
import { listClients } from "@/lib/clients/list-clients";
import { db } from "@/lib/db/prisma";
import { createDraft } from "@/lib/documents/create-draft";
import { listInvoices } from "@/lib/documents/lists/list-documents";
import { updateProfile } from "@/lib/users/update-profile";
import { GET as documentPdf } from "@/app/api/documents/[id]/pdf/route";
import { GET as documentXml } from "@/app/api/documents/[id]/facturx.xml/route";
import { updateDraft } from "@/lib/documents/update-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { articleWorkspace, validArticle } from "../../support/article-factories";
import { addClient, addGroup, clientOrganization, companyInput } from "../../support/client-factories";
import { documentWorkspace, draftInput, lineInput } from "../../support/document-factories";
import { createUser, testMeta } from "../../support/factories";
import { expectAppError, signedIn } from "../../support/member-factories";
import { signedInAs } from "../../support/sessions";

// The probes of issue 11 that answered 500 (PostgreSQL 22021: a NUL byte in text), re-run:
// lists strip control characters from the search and ignore a filter that cannot be an id;
// actions answer a field error "control_characters"; route handlers a 4xx problem.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({ getRequestLocale: async () => "fr" }));

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await expectAppError(promise, "invalid_input");
  return error.details.fieldErrors;
}

describe("control characters in input", () => {
  it("/invoices?q=%00 lists as without a search; q=a%00b searches ab", async () => {
    const { member, client } = await documentWorkspace();
    await createDraft(member, "INVOICE", draftInput(client.id), testMeta());
    const page = await listInvoices(member, { q: "\u0000" });
    expect(page.total).toBe(1);
    // The factories' names are random: "ab" may or may not match, so compare with the clean search.
    const withNul = await listInvoices(member, { q: "a\u0000b", client: "x\u0000" });
    const clean = await listInvoices(member, { q: "ab" });
    expect(withNul.total).toBe(clean.total);
    const none = await listInvoices(member, { q: "zq\u0000xjw", client: "x\u0000" });
    expect(none.total).toBe(0);
  });

  it("/clients?q=a%00b and ?group=%00 answer a list, not a 500", async () => {
    const { organization, member } = await clientOrganization();
    await addClient(member, companyInput({ legalName: "Alpha Bravo" }));
    await addGroup(organization.id);
    const searched = await listClients(member, { q: "Alp\u0000ha" });
    expect(searched.items.map((item) => item.name)).toEqual(["Alpha Bravo"]);
    const grouped = await listClients(member, { group: "\u0000" });
    expect(grouped.total).toBe(1);
    await expect(listClients(member, { q: "\u0000\u0001", group: "abc\u0000" })).resolves.toMatchObject({ total: 1 });
  });

  it("a client id with a NUL byte is a client that does not exist", () => {
    expect(() => parseClientId("abc\u0000")).toThrow(expect.objectContaining({ code: "client_not_found" }));
  });

  it("/api/articles/export?q=%00 is a CSV download, not a 500", async () => {
    const { organization, user, member } = await articleWorkspace();
    await createArticle(member, validArticle({ name: "Conseil" }), testMeta());
    currentSession = await signedIn(user.id, organization.id);
    const response = await exportArticles(new Request("http://localhost/api/articles/export?q=%00&status=%00"));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Conseil");
  });

  it("createClient: a field error on the field holding the NUL byte; nothing written", async () => {
    const { organization, member } = await clientOrganization();
    const errors = await fieldErrorsOf(
      createClient(member, companyInput({ legalName: "Evil\u0000Corp", emails: ["a@b.example"] }), testMeta()),
    );
    expect(errors).toMatchObject({ legalName: ["control_characters"] });
    const notes = await fieldErrorsOf(createClient(member, companyInput({ notes: "ok\u001b[31m" }), testMeta()));
    expect(notes).toMatchObject({ notes: ["control_characters"] });
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("a note keeps its tabs and line breaks", async () => {
    const { member } = await clientOrganization();
    await expect(
      createClient(member, companyInput({ notes: "ligne 1\r\n\tligne 2" }), testMeta()),
    ).resolves.toBeDefined();
  });

  it("createArticle, createGroup: field errors", async () => {
    const { organization, member } = await articleWorkspace();
    expect(await fieldErrorsOf(createArticle(member, validArticle({ name: "A\u0000" }), testMeta()))).toMatchObject({
      name: ["control_characters"],
    });
    expect(
      await fieldErrorsOf(createArticle(member, validArticle({ description: "\u0000" }), testMeta())),
    ).toMatchObject({ description: ["control_characters"] });
    const writer = await clientOrganization();
    expect(await fieldErrorsOf(createGroup(writer.member, { name: "VIP\u0000" }, testMeta()))).toMatchObject({
      name: ["control_characters"],
    });
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await db.clientGroup.count({ where: { organizationId: writer.organization.id } })).toBe(0);
  });

  it("updateProfile: a field error", async () => {
    const user = await createUser({ locale: "fr" });
    const session = await signedInAs(user.id);
    expect(await fieldErrorsOf(updateProfile(session, { name: "Jeanne\u0000", locale: "fr" }, testMeta()))).toEqual({
      name: ["control_characters"],
    });
  });

  it("saveDocument: a field error with the line's path", async () => {
    const { organization, member, client } = await documentWorkspace();
    const errors = await fieldErrorsOf(
      createDraft(
        member,
        "INVOICE",
        draftInput(client.id, { lines: [lineInput(), lineInput({ description: "Pre\u0000station" })] }),
        testMeta(),
      ),
    );
    expect(errors).toMatchObject({ "lines.1.description": ["control_characters"] });
    const clientId = await fieldErrorsOf(createDraft(member, "INVOICE", draftInput(`${client.id}\u0000`), testMeta()));
    expect(Object.values(clientId ?? {}).flat()).toContain("control_characters");
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("/api/documents/<id>%00/pdf and its XML are the 404 of a missing document; saving or issuing such an id too", async () => {
    const { organization, user, member, client } = await documentWorkspace();
    const draft = await createDraft(member, "INVOICE", draftInput(client.id), testMeta());
    currentSession = await signedIn(user.id, organization.id);
    for (const route of [documentPdf, documentXml]) {
      const response = await route(new Request("http://localhost/api/documents/x/pdf"), {
        params: Promise.resolve({ id: `${draft.id}\u0000` }),
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: "document_not_found" });
    }
    await expectAppError(
      updateDraft(
        member,
        `${draft.id}\u0000`,
        { ...draftInput(client.id), expectedUpdatedAt: draft.updatedAt },
        testMeta(),
      ),
      "document_not_found",
    );
    await expectAppError(issueDocument(member, `${draft.id}\u0000`, {}, testMeta()), "document_not_found");
  });
});
