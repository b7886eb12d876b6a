import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageOf, type Page } from "@/lib/lists/list-query";
import { escapeLike } from "@/lib/text/escape-like";
import { toSearchText } from "@/lib/text/search-text";
import { parseRecurringListQuery, type RecurringListQuery } from "./recurring-list-query";
import type { RecurringProfileListItem, RecurringStopReason, StoppedRecurringProfiles } from "./recurring-types";

const listSelect = {
  id: true,
  name: true,
  frequency: true,
  interval: true,
  mode: true,
  autoSend: true,
  status: true,
  stopReason: true,
  nextDate: true,
  generatedCount: true,
  createdAt: true,
  client: { select: { id: true, name: true } },
  // The latest period that still has its document (a deleted draft leaves none).
  runs: {
    where: { documentId: { not: null } },
    orderBy: { periodDate: "desc" },
    take: 1,
    select: { document: { select: { totalInclVatCents: true } } },
  },
} as const satisfies Prisma.RecurringProfileSelect;

// Accented letters of Latin scripts and their plain letters, for SQL's translate(): the
// profile's name is compared as toSearchText compares the client's (case and accents ignored).
const ACCENTED = "àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžźż";
const PLAIN = "aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzz";

async function listWhere(
  organizationId: string,
  query: RecurringListQuery,
): Promise<Prisma.RecurringProfileWhereInput> {
  const where: Prisma.RecurringProfileWhereInput = { organizationId };
  if (query.status) where.status = query.status;
  if (query.q) {
    const needle = `%${escapeLike(toSearchText(query.q))}%`;
    // An organization has tens or hundreds of profiles: its names are read, not indexed.
    const byName = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "RecurringProfile"
      WHERE "organizationId" = ${organizationId}
        AND translate(lower("name"), ${ACCENTED}, ${PLAIN}) LIKE ${needle}`;
    where.OR = [
      { id: { in: byName.map((row) => row.id) } },
      { client: { searchText: { contains: escapeLike(toSearchText(query.q)) } } },
    ];
  }
  return where;
}

function listOrder(query: RecurringListQuery): Prisma.RecurringProfileOrderByWithRelationInput[] {
  const tieBreak = { id: query.dir } as const;
  if (query.sort === "nextDate") return [{ nextDate: { sort: query.dir, nulls: "last" } }, tieBreak];
  if (query.sort === "createdAt") return [{ createdAt: query.dir }, tieBreak];
  return [{ name: query.dir }, tieBreak];
}

/**
 * One page of the acting organization's recurring profiles (documents.read), searched by the
 * profile's or the client's name, filtered by status and sorted as the URL says. A page past
 * the end shows the last page.
 */
export async function listRecurringProfiles(
  member: MemberContext,
  rawQuery: Record<string, unknown> | RecurringListQuery,
): Promise<Page<RecurringProfileListItem> & { query: RecurringListQuery }> {
  assertCan(member, "documents.read");
  const query = parseRecurringListQuery(rawQuery);
  const where = await listWhere(member.organizationId, query);
  const total = await db.recurringProfile.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await db.recurringProfile.findMany({
    where,
    orderBy: listOrder(query),
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
    select: listSelect,
  });
  const items = rows.map(({ runs, nextDate, createdAt, stopReason, ...row }): RecurringProfileListItem => ({
    ...row,
    stopReason: stopReason as RecurringStopReason | null,
    nextDate: nextDate ? calendarFromDate(nextDate) : null,
    createdAt: createdAt.toISOString(),
    lastTotalInclVatCents: runs[0]?.document?.totalInclVatCents ?? null,
  }));
  return { ...pageOf(items, total, { page, pageSize: query.pageSize }), query: { ...query, page } };
}

/**
 * How many profiles of the organization the generator stopped (the dashboard's to-do panel:
 * each needs a fix and a resume). The caller has checked the member's access to the organization.
 */
export async function countStoppedRecurringProfiles(organizationId: string): Promise<number> {
  return db.recurringProfile.count({ where: { organizationId, status: "STOPPED" } });
}

/**
 * The acting organization's profiles the generator stopped, most recently stopped first (a
 * stop is the profile's last update), at most `limit` with the full count: the dashboard's
 * to-do panel names each with its reason and links to its page, where it is fixed and resumed.
 * documents.read.
 */
export async function listStoppedRecurringProfiles(
  member: MemberContext,
  limit: number,
): Promise<StoppedRecurringProfiles> {
  assertCan(member, "documents.read");
  const where = { organizationId: member.organizationId, status: "STOPPED" } as const;
  const [count, rows] = await Promise.all([
    countStoppedRecurringProfiles(member.organizationId),
    db.recurringProfile.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: limit,
      select: { id: true, name: true, stopReason: true, client: { select: { name: true } } },
    }),
  ]);
  return {
    count,
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      clientName: row.client.name,
      stopReason: row.stopReason as RecurringStopReason | null,
    })),
  };
}
