import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { parseClientListQuery } from "@/lib/clients/client-list-query";
import { findClientPage, type ClientListItem } from "@/lib/clients/find-client-page";
import { db } from "@/lib/db/prisma";
import type { Page } from "@/lib/lists/list-query";
import type { PageWindow } from "../pagination";

/**
 * The clients page's own query (findClientPage, as listClients runs it) with the API's page
 * window: the API allows pages of 1 to 100 where the page's URL allows 5 to 100.
 */
export async function listClientsWindow(
  member: MemberContext,
  filters: Record<string, unknown>,
  window: PageWindow,
): Promise<Page<ClientListItem>> {
  assertCan(member, "clients.read");
  return findClientPage(db, member.organizationId, { ...parseClientListQuery(filters), ...window });
}
