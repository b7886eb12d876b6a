import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { clientNotFound } from "./client-errors";
import { parseClientId } from "./client-id";
import type { ClientInput } from "./client-schema";
import { countClientDocuments } from "./client-usage";

export type ClientDetail = ClientInput & {
  id: string;
  name: string;
  groups: { id: string; name: string }[];
  /** Documents naming the client: with any, it can be archived but not deleted. */
  documentCount: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** One client of the acting organization; another organization's id is NOT_FOUND. */
export async function getClient(member: MemberContext, rawClientId: unknown): Promise<ClientDetail> {
  assertCan(member, "clients.read");
  const id = parseClientId(rawClientId);
  const row = await db.client.findFirst({
    where: { id, organizationId: member.organizationId },
    include: {
      groups: { select: { group: { select: { id: true, name: true } } }, orderBy: { group: { name: "asc" } } },
    },
  });
  if (!row) throw clientNotFound();
  const documentCount = await countClientDocuments(db, { organizationId: member.organizationId, clientId: id });
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    legalName: row.legalName,
    firstName: row.firstName,
    lastName: row.lastName,
    siren: row.siren,
    siret: row.siret,
    vatNumber: row.vatNumber,
    billingAddressLine1: row.billingAddressLine1,
    billingAddressLine2: row.billingAddressLine2,
    billingPostalCode: row.billingPostalCode,
    billingCity: row.billingCity,
    billingCountry: row.billingCountry,
    deliveryAddressLine1: row.deliveryAddressLine1,
    deliveryAddressLine2: row.deliveryAddressLine2,
    deliveryPostalCode: row.deliveryPostalCode,
    deliveryCity: row.deliveryCity,
    deliveryCountry: row.deliveryCountry,
    emails: row.emails,
    phone: row.phone,
    paymentTermsDays: row.paymentTermsDays,
    paymentTermsEndOfMonth: row.paymentTermsEndOfMonth,
    language: row.language === "fr" || row.language === "en" ? row.language : null,
    notes: row.notes,
    auxiliaryAccount: row.auxiliaryAccount,
    groups: row.groups.map((link) => link.group),
    documentCount,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
