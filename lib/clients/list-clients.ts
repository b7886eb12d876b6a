import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Page } from "@/lib/lists/list-query";
import { parseClientListQuery } from "./client-list-query";
import { findClientPage, type ClientListItem } from "./find-client-page";

export type { ClientListItem };

/** The acting organization's clients: search, filters, sort and page from the URL (25 a page). */
export async function listClients(
  member: MemberContext,
  params: Record<string, unknown>,
): Promise<Page<ClientListItem>> {
  assertCan(member, "clients.read");
  return findClientPage(db, member.organizationId, parseClientListQuery(params));
}

/** Whether the organization has any client at all (empty list vs. "no results"). */
export async function hasAnyClient(member: MemberContext): Promise<boolean> {
  assertCan(member, "clients.read");
  const row = await db.client.findFirst({ where: { organizationId: member.organizationId }, select: { id: true } });
  return row !== null;
}
