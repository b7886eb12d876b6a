import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { groupNotFound } from "./group-errors";
import { deleteGroupInput } from "./group-schemas";

/** Deletes a group: its memberships go (ON DELETE CASCADE), its clients stay. */
export async function deleteGroup(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ id: string; name: string; clientCount: number }> {
  assertCan(member, "clients.write");
  const { groupId } = parseInput(deleteGroupInput, rawInput);
  return db.$transaction(async (tx) => {
    const where = { id: groupId, organizationId: member.organizationId };
    const group = await tx.clientGroup.findFirst({
      where,
      select: { id: true, name: true, _count: { select: { members: true } } },
    });
    if (!group) throw groupNotFound();
    const { count } = await tx.clientGroup.deleteMany({ where });
    if (count !== 1) throw groupNotFound();
    await recordAudit(tx, {
      action: "group.deleted",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "ClientGroup",
      targetId: group.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: group.name, clientCount: group._count.members },
    });
    return { id: group.id, name: group.name, clientCount: group._count.members };
  });
}
