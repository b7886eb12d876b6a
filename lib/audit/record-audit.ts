import type { Prisma } from "@/lib/generated/prisma/client";
import { currentApiTokenId } from "./api-actor";

// Append-only trail: who did what, when, from where, on which organization.
export type AuditAction =
  | "auth.signup"
  | "auth.login_succeeded"
  | "auth.login_failed"
  | "auth.login_locked"
  | "auth.code_failed"
  | "auth.code_sent"
  | "auth.logout"
  | "auth.password_changed"
  | "auth.password_reset_requested"
  | "auth.password_reset"
  | "user.profile_updated"
  | "user.email_changed"
  | "user.deleted"
  | "organization.created"
  | "organization.switched"
  | "organization.settings_updated"
  | "organization.numbering_updated"
  | "organization.chart_of_accounts_updated"
  | "organization.reminders_updated"
  | "organization.logo_updated"
  | "organization.logo_removed"
  | "member.invited"
  | "member.invitation_revoked"
  | "member.joined"
  | "member.role_changed"
  | "member.removed"
  | "client.created"
  | "client.updated"
  | "client.archived"
  | "client.unarchived"
  | "client.deleted"
  | "client.groups_changed"
  | "client.imported"
  | "group.created"
  | "group.renamed"
  | "group.deleted"
  | "admin.user_disabled"
  | "admin.user_enabled"
  | "admin.organization_disabled"
  | "admin.organization_enabled"
  | "admin.platform_admin_granted"
  | "admin.platform_admin_revoked"
  | "article.created"
  | "article.updated"
  | "article.archived"
  | "article.unarchived"
  | "article.deleted"
  | "article.imported"
  | "document.created"
  | "document.updated"
  | "document.deleted"
  | "document.duplicated"
  | "document.issued"
  | "document.sent"
  | "document.reminder_sent"
  | "quote.sent"
  | "quote.accepted"
  | "quote.declined"
  | "quote.converted"
  | "share_link.created"
  | "share_link.revoked"
  | "share_link.regenerated"
  | "payment.recorded"
  | "payment.deleted"
  | "recurring.created"
  | "recurring.updated"
  | "recurring.paused"
  | "recurring.resumed"
  | "recurring.ended"
  | "recurring.stopped"
  | "recurring.generated"
  | "email.retried"
  | "webhook.created"
  | "webhook.updated"
  | "webhook.enabled"
  | "webhook.disabled"
  | "webhook.secret_rotated"
  | "webhook.deleted"
  | "webhook.delivery_resent"
  | "webhook.test_sent"
  | "api_token.created"
  | "api_token.revoked";

export type AuditEntry = {
  action: AuditAction;
  organizationId?: string | null;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  userAgent?: string | null;
  metadata?: Prisma.InputJsonValue;
};

/** Who is acting and from where; passed from the shell (request) into domain functions. */
export type RequestMeta = { ip: string | null; userAgent: string | null };

type AuditWriter = { auditLog: { create: (args: { data: Prisma.AuditLogUncheckedCreateInput }) => Promise<unknown> } };

/**
 * Writes one entry, inside the caller's transaction when given one. During an API call
 * (runAsApiToken) the entry also names the token: actorId stays the token's creator.
 */
export async function recordAudit(writer: AuditWriter, entry: AuditEntry): Promise<void> {
  await writer.auditLog.create({
    data: {
      action: entry.action,
      organizationId: entry.organizationId ?? null,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 512) ?? null,
      metadata: entry.metadata,
      apiTokenId: currentApiTokenId(),
    },
  });
}
