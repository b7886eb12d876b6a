import type { MemberContext } from "@/lib/auth/access/require-member";
import { createClient } from "@/lib/clients/create-client";
import type { ClientRawInput } from "@/lib/clients/client-schema";
import { db } from "@/lib/db/prisma";
import { createOrganizationWithMember, testMeta, uniqueSuffix } from "./factories";
import { actingAs } from "./member-factories";

// Clients and groups for tests, created through the domain functions (so name and searchText
// are what the app writes).

/**
 * A French company, with the SIREN an invoice to it must state (Société Générale's: valid
 * Luhn; see VALID_SIREN below).
 */
export function companyInput(overrides: ClientRawInput = {}): ClientRawInput {
  return {
    kind: "COMPANY",
    legalName: `Entreprise ${uniqueSuffix()}`,
    siren: "552120222",
    billingAddressLine1: "1 rue de la Paix",
    billingPostalCode: "75002",
    billingCity: "Paris",
    billingCountry: "FR",
    emails: [`contact-${uniqueSuffix()}@example.test`],
    ...overrides,
  };
}

export function personInput(overrides: ClientRawInput = {}): ClientRawInput {
  return {
    kind: "INDIVIDUAL",
    firstName: "Jeanne",
    lastName: `Martin-${uniqueSuffix()}`,
    billingAddressLine1: "3 place Bellecour",
    billingPostalCode: "69002",
    billingCity: "Lyon",
    emails: [`jeanne-${uniqueSuffix()}@example.test`],
    ...overrides,
  };
}

export const VALID_SIREN = "552120222";
export const VALID_SIRET = "55212022200013";
export const VALID_VAT = "FR27552120222";

export async function addClient(member: MemberContext, input: ClientRawInput = companyInput()) {
  return createClient(member, input, testMeta());
}

/** An organization whose owner acts with clients.write (the widest client permission). */
export async function clientOrganization() {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  const member = await actingAs(user.id, organization.id, "clients.write");
  return { organization, user, member };
}

export async function addGroup(organizationId: string, name = `Groupe ${uniqueSuffix()}`) {
  return db.clientGroup.create({ data: { organizationId, name } });
}

/** Everything client-related of an organization, to prove an action changed nothing. */
export async function clientSnapshot(organizationId: string) {
  const [clients, groups, links, auditCount] = await Promise.all([
    db.client.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.clientGroup.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.clientGroupMember.findMany({ where: { organizationId }, orderBy: [{ clientId: "asc" }, { groupId: "asc" }] }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { clients, groups, links, auditCount };
}
