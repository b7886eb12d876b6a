import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { groupNotFound } from "./group-errors";
import { assertGroupNameFree, rethrowNameTaken } from "./group-name";
import { renameGroupInput } from "./group-schemas";

/** Renames a group of the acting organization (NOT_FOUND for any other); audited with both names. */
export async function renameGroup(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ id: string; name: string }> {
  assertCan(member, "clients.write");
  const input = parseInput(renameGroupInput, rawInput);
  return db
    .$transaction(async (tx) => {
      const where = { id: input.groupId, organizationId: member.organizationId };
      const group = await tx.clientGroup.findFirst({ where, select: { id: true, name: true } });
      if (!group) throw groupNotFound();
      if (group.name === input.name) return group;
      await assertGroupNameFree(tx, member.organizationId, input.name, group.id);
      const { count } = await tx.clientGroup.updateMany({ where, data: { name: input.name } });
      if (count !== 1) throw groupNotFound();
      await recordAudit(tx, {
        action: "group.renamed",
        organizationId: member.organizationId,
        actorId: member.userId,
        targetType: "ClientGroup",
        targetId: group.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { before: group.name, after: input.name },
      });
      return { id: group.id, name: input.name };
    })
    .catch(rethrowNameTaken);
}
