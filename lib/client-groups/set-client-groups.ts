import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { clientNotFound } from "@/lib/clients/client-errors";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { groupNotFound } from "./group-errors";
import { changeClientGroupInput, MAX_GROUPS_PER_CLIENT, setClientGroupsInput } from "./group-schemas";

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
  return replaceClientGroups(member, input.clientId, () => input.groupIds, meta);
}

/**
 * Puts a client in one group or takes it out, leaving its other groups as they are (the API's
 * PUT/DELETE of a membership). Idempotent. The new set is computed from the current one under
 * the client row's lock, so two changes at the same time both land.
 */
export async function changeClientGroup(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ clientId: string; groupIds: string[] }> {
  assertCan(member, "clients.write");
  const input = parseInput(changeClientGroupInput, rawInput);
  return replaceClientGroups(
    member,
    input.clientId,
    (current) => (input.inGroup ? [...current, input.groupId] : current.filter((id) => id !== input.groupId)),
    meta,
  );
}

async function replaceClientGroups(
  member: MemberContext,
  clientId: string,
  next: (current: string[]) => string[],
  meta: RequestMeta,
): Promise<{ clientId: string; groupIds: string[] }> {
  const organizationId = member.organizationId;
  try {
    return await db.$transaction(async (tx) => {
      // The client row's lock serializes every change of one client's groups: a set computed
      // from the current one (a membership added through the API) never drops a concurrent change.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Client" WHERE "id" = ${clientId} AND "organizationId" = ${organizationId} FOR UPDATE`;
      if (locked.length === 0) throw clientNotFound();
      const links = await tx.clientGroupMember.findMany({
        where: { organizationId, clientId },
        select: { groupId: true },
      });
      const before = links.map((link) => link.groupId).sort();
      const after = [...new Set(next(before))].sort();
      if (after.length > MAX_GROUPS_PER_CLIENT) {
        throw new AppError("VALIDATION", "invalid_input", "Too many groups", {
          fieldErrors: { groupIds: ["too_many"] },
        });
      }
      const groups = await tx.clientGroup.findMany({
        where: { id: { in: after }, organizationId },
        select: { id: true },
      });
      if (groups.length !== after.length) throw groupNotFound();

      if (JSON.stringify(before) === JSON.stringify(after)) return { clientId, groupIds: after };
      await tx.clientGroupMember.deleteMany({ where: { organizationId, clientId } });
      await tx.clientGroupMember.createMany({
        data: after.map((groupId) => ({ organizationId, clientId, groupId })),
      });
      await recordAudit(tx, {
        action: "client.groups_changed",
        organizationId,
        actorId: member.userId,
        targetType: "Client",
        targetId: clientId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { before, after },
      });
      return { clientId, groupIds: after };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw groupNotFound();
    throw error;
  }
}
