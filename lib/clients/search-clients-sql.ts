import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClientListQuery } from "./client-list-query";

// The list with a search, in SQL. With Prisma's findMany, PostgreSQL often walks the name
// index and filters `searchText LIKE` row by row, betting that matches are spread evenly
// through the alphabet; when they are not ("dupont" matching only names from J on), a page
// read 19,000 rows instead of 25 (bench/clients-list.ts). The MATERIALIZED CTE fixes the
// order of work: first every match through the trigram index, then sort those few.

type Reader = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;

/** `%text%` with LIKE's wildcards (and its escape character) taken literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function matchConditions(organizationId: string, query: ClientListQuery, search: string): Prisma.Sql {
  const conditions = [
    Prisma.sql`c."organizationId" = ${organizationId}`,
    Prisma.sql`c."searchText" LIKE ${containsPattern(search)}`,
  ];
  if (query.status === "active") conditions.push(Prisma.sql`c."archivedAt" IS NULL`);
  if (query.status === "archived") conditions.push(Prisma.sql`c."archivedAt" IS NOT NULL`);
  if (query.kind) conditions.push(Prisma.sql`c."kind" = CAST(${query.kind} AS "ClientKind")`);
  if (query.group) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClientGroupMember" m
      WHERE m."organizationId" = c."organizationId" AND m."clientId" = c."id" AND m."groupId" = ${query.group})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The same order as clientListOrder (find-client-page.ts), on the CTE's columns. */
function orderBy(query: ClientListQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  if (query.sort === "createdAt") return Prisma.sql`"createdAt" ${dir}, "id" ${dir}`;
  if (query.sort === "city") return Prisma.sql`"billingCity" ${dir}, "name" ${dir}, "id" ${dir}`;
  return Prisma.sql`"name" ${dir}, "id" ${dir}`;
}

export async function countSearchMatches(
  reader: Reader,
  organizationId: string,
  query: ClientListQuery,
  search: string,
): Promise<number> {
  const [row] = await reader.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM "Client" c WHERE ${matchConditions(organizationId, query, search)}`;
  return row?.total ?? 0;
}

/** The ids of one page of matches, in list order. */
export async function searchPageIds(
  reader: Reader,
  organizationId: string,
  query: ClientListQuery,
  search: string,
  window: { skip: number; take: number },
): Promise<string[]> {
  const rows = await reader.$queryRaw<{ id: string }[]>`
    WITH matches AS MATERIALIZED (
      SELECT c."id", c."name", c."createdAt", c."billingCity" FROM "Client" c
      WHERE ${matchConditions(organizationId, query, search)}
    )
    SELECT "id" FROM matches ORDER BY ${orderBy(query)} LIMIT ${window.take} OFFSET ${window.skip}`;
  return rows.map((row) => row.id);
}
