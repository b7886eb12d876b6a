import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { pageOf, pageWindow, type Page } from "@/lib/lists/list-query";
import { toSearchText } from "@/lib/text/search-text";
import type { ClientListQuery } from "./client-list-query";
import type { ClientKind } from "./client-schema";

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

type Reader = Pick<PrismaClient, "client"> | Prisma.TransactionClient;

export function clientListWhere(organizationId: string, query: ClientListQuery): Prisma.ClientWhereInput {
  const search = toSearchText(query.q);
  return {
    organizationId,
    ...(query.status === "active" ? { archivedAt: null } : {}),
    ...(query.status === "archived" ? { archivedAt: { not: null } } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.group ? { groups: { some: { groupId: query.group } } } : {}),
    // LIKE '%…%' on the normalized column: served by the trigram GIN index (3+ characters).
    ...(search ? { searchText: { contains: search } } : {}),
  };
}

/** Sort column, then tie-breakers, so pages never overlap or skip a row. */
export function clientListOrder(query: ClientListQuery): Prisma.ClientOrderByWithRelationInput[] {
  const dir = query.dir;
  if (query.sort === "createdAt") return [{ createdAt: dir }, { id: dir }];
  if (query.sort === "city") return [{ billingCity: { sort: dir, nulls: "last" } }, { name: dir }, { id: dir }];
  return [{ name: dir }, { id: dir }];
}

/** One page of the organization's clients; past the last page shows the last page. */
export async function findClientPage(
  reader: Reader,
  organizationId: string,
  query: ClientListQuery,
): Promise<Page<ClientListItem>> {
  const where = clientListWhere(organizationId, query);
  const total = await reader.client.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const shown = { ...query, page: Math.min(query.page, pageCount) };
  const rows = await reader.client.findMany({
    where,
    orderBy: clientListOrder(shown),
    ...pageWindow(shown),
    select: {
      id: true,
      kind: true,
      name: true,
      billingCity: true,
      emails: true,
      createdAt: true,
      archivedAt: true,
      groups: { select: { group: { select: { name: true } } }, orderBy: { group: { name: "asc" } } },
    },
  });
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
