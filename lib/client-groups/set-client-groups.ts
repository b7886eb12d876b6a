import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { clientNotFound } from "@/lib/clients/client-errors";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { groupNotFound } from "./group-errors";
import { setClientGroupsInput } from "./group-schemas";

/**
 * Replaces a client's groups with the given set. The client and every group must belong to the
 * acting organization (NOT_FOUND otherwise, nothing changes). The composite foreign keys make
 * the database refuse a cross-organization link anyway; that refusal is NOT_FOUND too.
 */
export async function setClientGroups(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ clientId: string; groupIds: string[] }> {
  assertCan(member, "clients.write");
  const input = parseInput(setClientGroupsInput, rawInput);
  const organizationId = member.organizationId;
  try {
    return await db.$transaction(async (tx) => {
      const client = await tx.client.findFirst({
        where: { id: input.clientId, organizationId },
        select: { id: true, groups: { select: { groupId: true } } },
      });
      if (!client) throw clientNotFound();
      const groups = await tx.clientGroup.findMany({
        where: { id: { in: input.groupIds }, organizationId },
        select: { id: true },
      });
      if (groups.length !== input.groupIds.length) throw groupNotFound();

      const before = client.groups.map((link) => link.groupId).sort();
      const after = [...input.groupIds].sort();
      if (JSON.stringify(before) === JSON.stringify(after)) return { clientId: client.id, groupIds: after };
      await tx.clientGroupMember.deleteMany({ where: { organizationId, clientId: client.id } });
      await tx.clientGroupMember.createMany({
        data: after.map((groupId) => ({ organizationId, clientId: client.id, groupId })),
      });
      await recordAudit(tx, {
        action: "client.groups_changed",
        organizationId,
        actorId: member.userId,
        targetType: "Client",
        targetId: client.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { before, after },
      });
      return { clientId: client.id, groupIds: after };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw groupNotFound();
    throw error;
  }
}
