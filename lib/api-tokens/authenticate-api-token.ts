import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { permissions, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { hashApiTokenSecret, isApiTokenSecretShaped } from "./api-token-secret";

/** Who an API call acts as: the token's creator in its organization, within the token's scopes. */
export type ApiCaller = { member: MemberContext; tokenId: string; scopes: ReadonlySet<Permission> };

/** Last use is written at most this often per token (every call would be one more write). */
const LAST_USED_GRANULARITY_MS = 60_000;

const BEARER = /^Bearer +(\S+) *$/i;

/** Unknown, revoked, expired, disabled organization, creator gone: one answer for all. */
export const invalidToken = () =>
  new AppError("UNAUTHENTICATED", "invalid_token", "The API token is missing, invalid, expired or revoked");

/**
 * The caller of an API request from its Authorization header ("Bearer fct_…"). The role is
 * the creator's CURRENT one: a token never does more than its creator may do today, and
 * stops working when the creator leaves the organization or the organization is disabled.
 */
export async function authenticateApiToken(authorization: string | null, meta: RequestMeta): Promise<ApiCaller> {
  const secret = BEARER.exec(authorization ?? "")?.[1];
  if (!secret || !isApiTokenSecretShaped(secret)) throw invalidToken();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiTokenSecret(secret) },
    include: { organization: { select: { name: true, disabledAt: true } } },
  });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) throw invalidToken();
  if (token.organization.disabledAt || !token.createdById) throw invalidToken();
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: token.organizationId, userId: token.createdById } },
    select: { role: true, user: { select: { disabledAt: true } } },
  });
  if (!membership || membership.user.disabledAt) throw invalidToken();

  // Conditional write: concurrent calls within the minute update nothing.
  await db.apiToken.updateMany({
    where: {
      id: token.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_GRANULARITY_MS) } }],
    },
    data: { lastUsedAt: now, lastUsedIp: meta.ip },
  });

  const known = new Set<string>(permissions);
  return {
    tokenId: token.id,
    scopes: new Set(token.scopes.filter((scope): scope is Permission => known.has(scope))),
    member: {
      userId: token.createdById,
      sessionId: `api:${token.id}`,
      organizationId: token.organizationId,
      organizationName: token.organization.name,
      role: membership.role,
    },
  };
}
