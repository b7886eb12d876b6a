import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";

export type ApiTokenStatus = "active" | "expired" | "revoked";

export type ApiTokenListItem = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdBy: { name: string; email: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: ApiTokenStatus;
};

/** The acting organization's API tokens, newest first (owners and admins: organization.update). */
export async function listApiTokens(member: MemberContext, now = new Date()): Promise<ApiTokenListItem[]> {
  assertCan(member, "organization.update");
  const rows = await db.apiToken.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    status: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
  }));
}
