import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { clientNotFound } from "@/lib/clients/client-errors";
import { parseClientId } from "@/lib/clients/client-id";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "../calendar-date";
import { parseDocumentListQuery } from "./document-list-query";
import { clientBalanceSql, findDocumentPage, scopeOfList, type DocumentPage } from "./find-document-page";

// The documents section of a client page: every document of the client (same rows, filters,
// sort and pages as the lists, plus ?type=) and what the client owes. Another
// organization's client is NOT_FOUND, like getClient.

export type ClientBalance = {
  /** Sum of the balances of the client's issued invoices and deposit invoices (credit notes
   *  already reduce their invoice through creditedCents, payments through paidCents). */
  balanceCents: number;
  /** The part of it past its due date. */
  overdueCents: number;
};

async function assertClientOfOrganization(member: MemberContext, rawClientId: unknown): Promise<string> {
  const id = parseClientId(rawClientId);
  const client = await db.client.findFirst({
    where: { id, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!client) throw clientNotFound();
  return id;
}

export async function listClientDocuments(
  member: MemberContext,
  rawClientId: unknown,
  params: Record<string, unknown>,
): Promise<DocumentPage> {
  assertCan(member, "documents.read");
  const clientId = await assertClientOfOrganization(member, rawClientId);
  const query = parseDocumentListQuery("client", params);
  return findDocumentPage(db, scopeOfList(member.organizationId, "client", clientId), query, calendarDate());
}

export async function getClientBalance(member: MemberContext, rawClientId: unknown): Promise<ClientBalance> {
  assertCan(member, "documents.read");
  const clientId = await assertClientOfOrganization(member, rawClientId);
  const [row] = await db.$queryRaw<{ balance: bigint | number; overdue: bigint | number }[]>(
    clientBalanceSql(member.organizationId, clientId, calendarDate()),
  );
  return { balanceCents: Number(row?.balance ?? 0), overdueCents: Number(row?.overdue ?? 0) };
}
