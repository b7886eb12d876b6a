import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { rolePermissions, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { generateApiTokenSecret } from "./api-token-secret";
import { apiTokenInput, expiresAtOf } from "./api-token-schema";

export type CreatedApiToken = {
  id: string;
  name: string;
  prefix: string;
  scopes: Permission[];
  expiresAt: Date | null;
  /** Shown once: only its hash is stored. */
  secret: string;
};

/**
 * Creates an API token of the acting organization (organization.update). Its scopes must be
 * permissions the creator's role holds: a token never reaches further than its creator (and
 * authenticateApiToken checks the creator's current role again on every call). Audited,
 * without the secret.
 */
export async function createApiToken(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<CreatedApiToken> {
  assertCan(member, "organization.update");
  const input = parseInput(apiTokenInput, rawInput);
  const allowed = rolePermissions[member.role];
  if (input.scopes.some((scope) => !allowed.has(scope))) {
    throw new AppError("VALIDATION", "invalid_input", "Your role does not hold every scope", {
      fieldErrors: { scopes: ["scope_not_allowed"] },
    });
  }
  const { secret, prefix, tokenHash } = generateApiTokenSecret();
  const expiresAt = input.expiresOn ? expiresAtOf(input.expiresOn) : null;
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        organizationId: member.organizationId,
        createdById: member.userId,
        name: input.name,
        prefix,
        tokenHash,
        scopes: input.scopes,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "api_token.created",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "ApiToken",
      targetId: token.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: input.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: token.id, name: input.name, prefix, scopes: input.scopes, expiresAt, secret };
  });
}
