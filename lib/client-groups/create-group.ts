import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { assertGroupNameFree, rethrowNameTaken } from "./group-name";
import { createGroupInput } from "./group-schemas";

/** Creates a client group; its name must be free in the organization (field error otherwise). */
export async function createGroup(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ id: string; name: string }> {
  assertCan(member, "clients.write");
  const { name } = parseInput(createGroupInput, rawInput);
  return db
    .$transaction(async (tx) => {
      await assertGroupNameFree(tx, member.organizationId, name);
      const group = await tx.clientGroup.create({
        data: { organizationId: member.organizationId, name },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        action: "group.created",
        organizationId: member.organizationId,
        actorId: member.userId,
        targetType: "ClientGroup",
        targetId: group.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { name },
      });
      return group;
    })
    .catch(rethrowNameTaken);
}
