import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { ClientKind } from "@/lib/generated/prisma/enums";

/** What the VAT rule table's defaults read of a client (lib/vat/vat-categories.ts). */
export type ClientVatFacts = { country: string; kind: ClientKind; vatNumber: string | null };

/**
 * The VAT facts of these clients of the acting organization, in one query (the editor's client
 * search shows ten at a time); ids of another organization are simply absent from the map.
 */
export async function listClientVatFacts(member: MemberContext, ids: string[]): Promise<Map<string, ClientVatFacts>> {
  assertCan(member, "clients.read");
  if (ids.length === 0) return new Map();
  const rows = await db.client.findMany({
    where: { organizationId: member.organizationId, id: { in: ids } },
    select: { id: true, billingCountry: true, kind: true, vatNumber: true },
  });
  return new Map(
    rows.map((row) => [row.id, { country: row.billingCountry, kind: row.kind, vatNumber: row.vatNumber }]),
  );
}
