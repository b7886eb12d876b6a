import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { pageOf, pageWindow, type Page } from "@/lib/lists/list-query";
import { toSearchText } from "@/lib/text/search-text";
import type { ClientListQuery } from "./client-list-query";
import type { ClientKind } from "./client-schema";
import { countSearchMatches, searchPageIds } from "./search-clients-sql";

// The list query itself, on any client: listClients (the app, server-only) and the benchmark
// (bench/clients-list.ts, its own database) run exactly the same SQL.

export type ClientListItem = {
  id: string;
  kind: ClientKind;
  name: string;
  city: string | null;
  emails: string[];
  groups: string[];
  createdAt: Date;
  archivedAt: Date | null;
};

type Reader = Pick<PrismaClient, "client" | "$queryRaw"> | Prisma.TransactionClient;

/** The filters without the search (a search goes through search-clients-sql.ts). */
export function clientListWhere(organizationId: string, query: ClientListQuery): Prisma.ClientWhereInput {
  return {
    organizationId,
    ...(query.status === "active" ? { archivedAt: null } : {}),
    ...(query.status === "archived" ? { archivedAt: { not: null } } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.group ? { groups: { some: { groupId: query.group } } } : {}),
  };
}

/** Sort column, then tie-breakers, so pages never overlap or skip a row. */
export function clientListOrder(query: ClientListQuery): Prisma.ClientOrderByWithRelationInput[] {
  const dir = query.dir;
  if (query.sort === "createdAt") return [{ createdAt: dir }, { id: dir }];
  // PostgreSQL's default null placement (last ascending, first descending) lets one index
  // serve both directions; a city is required anyway, so nulls only come from old rows.
  if (query.sort === "city") return [{ billingCity: dir }, { name: dir }, { id: dir }];
  return [{ name: dir }, { id: dir }];
}

const listSelect = {
  id: true,
  kind: true,
  name: true,
  billingCity: true,
  emails: true,
  createdAt: true,
  archivedAt: true,
  groups: { select: { group: { select: { name: true } } }, orderBy: { group: { name: "asc" } } },
} satisfies Prisma.ClientSelect;

/**
 * One page of the organization's clients; past the last page shows the last page. Search
 * (accent- and case-free substring of Client.searchText) finds the page's ids in SQL first.
 */
export async function findClientPage(
  reader: Reader,
  organizationId: string,
  query: ClientListQuery,
): Promise<Page<ClientListItem>> {
  const search = toSearchText(query.q);
  const where = clientListWhere(organizationId, query);
  const total = search
    ? await countSearchMatches(reader, organizationId, query, search)
    : await reader.client.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const shown = { ...query, page: Math.min(query.page, pageCount) };
  let rows;
  if (search) {
    const ids = await searchPageIds(reader, organizationId, shown, search, pageWindow(shown));
    const found = await reader.client.findMany({ where: { organizationId, id: { in: ids } }, select: listSelect });
    const byId = new Map(found.map((row) => [row.id, row]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    rows = await reader.client.findMany({
      where,
      orderBy: clientListOrder(shown),
      ...pageWindow(shown),
      select: listSelect,
    });
  }
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    city: row.billingCity,
    emails: row.emails,
    groups: row.groups.map((link) => link.group.name),
    createdAt: row.createdAt,
    archivedAt: row.archivedAt,
  }));
  return pageOf(items, total, shown);
}
