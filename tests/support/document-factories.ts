import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { createDraft, type DraftType } from "@/lib/documents/create-draft";
import type { DocumentRawInput } from "@/lib/documents/document-schema";
import { issueDocument } from "@/lib/documents/issue-document";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { addClient } from "./client-factories";
import { createOrganizationWithMember, testMeta } from "./factories";
import { actingAs } from "./member-factories";

// Documents made through the real domain functions (createDraft, issueDocument), so totals,
// defaults, numbers, snapshots and the audit trail are the app's own. For documents in a state
// these functions cannot reach directly, see issued-document-factories.ts.

/** A legal identity complete enough to issue French invoices (settings row written directly). */
export const SELLER_IDENTITY = {
  legalName: "Atelier Test SARL",
  legalForm: "SARL",
  shareCapitalCents: 1_000_000n,
  addressLine1: "10 rue du Test",
  postalCode: "75011",
  city: "Paris",
  country: "FR",
  siren: "552120222",
  siret: "55212022200013",
  rcsCity: "Paris",
  vatNumber: "FR27552120222",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
};

export async function completeSellerIdentity(
  organizationId: string,
  overrides: Partial<Omit<Prisma.OrganizationSettingsUncheckedCreateInput, "organizationId">> = {},
) {
  const data = { ...SELLER_IDENTITY, ...overrides };
  return db.organizationSettings.upsert({
    where: { organizationId },
    create: { organizationId, ...data },
    update: data,
  });
}

/** One line as the editor sends it: 1 × 100,00 € HT at 20 %. */
export function lineInput(overrides: Record<string, unknown> = {}) {
  return {
    description: "Prestation",
    quantity: "1",
    unit: "piece",
    unitPrice: "100,00",
    vatRate: "2000",
    kind: "SERVICE",
    ...overrides,
  };
}

/** Editor content for a client: one line unless `lines` is given. */
export function draftInput(clientId: string, overrides: Partial<DocumentRawInput> = {}): DocumentRawInput {
  return { clientId, lines: [lineInput()], ...overrides } as DocumentRawInput;
}

/**
 * An organization with a complete legal identity (unless `identity: false`), a member of
 * `role` acting with the widest document permission the role has, and one client.
 */
export async function documentWorkspace(role: Role = "OWNER", options: { identity?: boolean } = {}) {
  const { organization, user } = await createOrganizationWithMember(role);
  if (options.identity !== false) await completeSellerIdentity(organization.id);
  const owner = role === "ACCOUNTANT" ? null : await actingAs(user.id, organization.id, "clients.write");
  // A read-only role cannot create clients: the client is written directly then.
  const client = owner
    ? await addClient(owner)
    : await db.client.create({
        data: { organizationId: organization.id, kind: "COMPANY", name: "Client Lecture", emails: [] },
        select: { id: true, name: true },
      });
  const member = await actingAs(user.id, organization.id, role === "ACCOUNTANT" ? "documents.read" : "documents.issue");
  return { organization, user, member, client };
}

export async function makeDraft(
  member: MemberContext,
  clientId: string,
  overrides: Partial<DocumentRawInput> = {},
  type: DraftType = "INVOICE",
) {
  return createDraft(member, type, draftInput(clientId, overrides), testMeta());
}

/** A draft invoice issued through issueDocument (the organization needs a complete identity). */
export async function makeIssuedInvoice(
  member: MemberContext,
  clientId: string,
  overrides: Partial<DocumentRawInput> = {},
  issue: { issueDate?: string; dueDate?: string } = {},
  type: "INVOICE" | "DEPOSIT_INVOICE" = "INVOICE",
) {
  const draft = await makeDraft(member, clientId, overrides, type);
  return issueDocument(member, draft.id, issue, testMeta());
}

/** A document row and its lines, to prove that an action changed nothing. */
export async function documentRows(documentId: string) {
  const [document, lines] = await Promise.all([
    db.document.findUnique({ where: { id: documentId } }),
    db.documentLine.findMany({ where: { documentId }, orderBy: { position: "asc" } }),
  ]);
  return { document, lines };
}
