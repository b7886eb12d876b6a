import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";

export type ClientGroupSummary = { id: string; name: string; clientCount: number };

/** The acting organization's groups, by name, with how many clients each holds. */
export async function listGroups(member: MemberContext): Promise<ClientGroupSummary[]> {
  assertCan(member, "clients.read");
  const rows = await db.clientGroup.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, clientCount: row._count.members }));
}
