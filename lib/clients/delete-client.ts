import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { clientInUse, clientNotFound } from "./client-errors";
import { parseClientId } from "./client-id";
import { countClientDocuments } from "./client-usage";

/**
 * Deletes a client that no document names (CONFLICT "client_in_use" otherwise: archive it).
 * Its group memberships go with it (ON DELETE CASCADE); the groups stay.
 */
export async function deleteClient(
  member: MemberContext,
  rawClientId: unknown,
  meta: RequestMeta,
): Promise<{ id: string; name: string }> {
  assertCan(member, "clients.write");
  const id = parseClientId(rawClientId);
  return db.$transaction(async (tx) => {
    const where = { id, organizationId: member.organizationId };
    // Row lock: a document cannot be created for this client between the count and the delete.
    const [client] = await tx.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "Client" WHERE "id" = ${id} AND "organizationId" = ${member.organizationId} FOR UPDATE`;
    if (!client) throw clientNotFound();
    const documents = await countClientDocuments(tx, { organizationId: member.organizationId, clientId: id });
    if (documents > 0) throw clientInUse(documents);
    const { count } = await tx.client.deleteMany({ where });
    if (count !== 1) throw clientNotFound();
    await recordAudit(tx, {
      action: "client.deleted",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Client",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: client.name },
    });
    return { id, name: client.name };
  });
}
