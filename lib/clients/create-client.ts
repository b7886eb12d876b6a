import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildClientData } from "./client-data";
import { auxiliaryAccountTaken, clientRowsInvalid } from "./client-errors";
import { clientInput, validateClientRows, type ClientInput } from "./client-schema";
import { queueClientCreated, queueClientsCreated } from "@/lib/webhooks/queue-webhook-event";

export { buildClientData };

/** Rows per INSERT: ~25 columns each stays far below PostgreSQL's 65,535 bind parameters. */
export const CLIENT_INSERT_BATCH = 1000;

/** Creates one client in the acting organization (clients.write); audited. */
export async function createClient(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ id: string; name: string }> {
  assertCan(member, "clients.write");
  const input = parseInput(clientInput, rawInput);
  return db.$transaction(async (tx) => {
    const created = await tx.client
      .create({ data: buildClientData(input, member.organizationId), select: { id: true, name: true } })
      .catch((error: unknown) => {
        throw auxiliaryAccountTaken(error);
      });
    await recordAudit(tx, {
      action: "client.created",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Client",
      targetId: created.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: created.name, kind: input.kind },
    });
    await queueClientCreated(tx, member.organizationId, created);
    return created;
  });
}

/**
 * All-or-nothing creation of many clients (an import): every row is validated first and any
 * bad row refuses the whole set (VALIDATION "invalid_rows" with each bad row's field errors,
 * 0-based); otherwise one transaction inserts them all. One audit entry for the batch.
 */
export async function createClients(
  member: MemberContext,
  rawRows: readonly unknown[],
  meta: RequestMeta,
  options: { source?: string } = {},
): Promise<{ ids: string[] }> {
  assertCan(member, "clients.write");
  const result = validateClientRows(rawRows);
  if (!result.ok) throw clientRowsInvalid(result.errors);
  if (result.rows.length === 0) return { ids: [] };
  return db.$transaction(
    async (tx) => {
      const created = await insertClients(tx, member.organizationId, result.rows);
      await queueClientsCreated(tx, member.organizationId, created);
      const ids = created.map((client) => client.id);
      await recordAudit(tx, {
        action: "client.created",
        organizationId: member.organizationId,
        actorId: member.userId,
        targetType: "Client",
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { count: ids.length, source: options.source ?? "bulk" },
      });
      return { ids };
    },
    // Large imports take longer than the default 5 s interactive transaction.
    { timeout: 120_000 },
  );
}

/** Inserts already validated clients in batches, inside the caller's transaction; returns them in order. */
export async function insertClients(
  tx: Prisma.TransactionClient,
  organizationId: string,
  rows: readonly ClientInput[],
): Promise<{ id: string; name: string }[]> {
  const created: { id: string; name: string }[] = [];
  for (let start = 0; start < rows.length; start += CLIENT_INSERT_BATCH) {
    const batch = rows.slice(start, start + CLIENT_INSERT_BATCH).map((row) => buildClientData(row, organizationId));
    created.push(...(await tx.client.createManyAndReturn({ data: batch, select: { id: true, name: true } })));
  }
  return created;
}
