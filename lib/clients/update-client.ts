import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { clientWriteData } from "./client-data";
import { auxiliaryAccountTaken, clientChanged, clientNotFound } from "./client-errors";
import { parseClientId } from "./client-id";
import { clientInput } from "./client-schema";

/**
 * Replaces a client's fields (the form sends them all). Only a client of the acting
 * organization: the write itself is scoped by (id, organizationId). Audited with the names
 * of the fields that changed (not their values: notes and addresses stay out of the log).
 *
 * `expectedUpdatedAt` (ISO string): the version the form (or the API's merge) started from.
 * When the client changed since, a save that would change something is CONFLICT
 * "client_changed" (details.updatedAt: the current version) and writes nothing — two people
 * editing one client never silently undo each other. The write itself is conditional on the
 * version read, so a change committed between the read and the write is caught too.
 */
export async function updateClient(
  member: MemberContext,
  rawClientId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
  options: { expectedUpdatedAt?: unknown } = {},
): Promise<{ id: string; name: string; changed: string[] }> {
  assertCan(member, "clients.write");
  const id = parseClientId(rawClientId);
  const input = parseInput(clientInput, rawInput);
  const data = clientWriteData(input);
  const expected = typeof options.expectedUpdatedAt === "string" ? options.expectedUpdatedAt : "";
  return db.$transaction(async (tx) => {
    const where = { id, organizationId: member.organizationId };
    const before = await tx.client.findFirst({ where });
    if (!before) throw clientNotFound();
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (field) => field !== "searchText" && JSON.stringify(before[field]) !== JSON.stringify(data[field]),
    );
    if (changed.length === 0) return { id, name: before.name, changed };
    if (expected !== "" && expected !== before.updatedAt.toISOString()) {
      throw clientChanged(before.updatedAt.toISOString());
    }
    const { count } = await tx.client
      .updateMany({ where: { ...where, updatedAt: before.updatedAt }, data })
      .catch((error: unknown) => {
        throw auxiliaryAccountTaken(error);
      });
    if (count !== 1) {
      const now = await tx.client.findFirst({ where, select: { updatedAt: true } });
      throw now ? clientChanged(now.updatedAt.toISOString()) : clientNotFound();
    }
    await recordAudit(tx, {
      action: "client.updated",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Client",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: data.name, changed },
    });
    return { id, name: data.name, changed };
  });
}
