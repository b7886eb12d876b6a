// Not "server-only": the CLI (scripts/db.ts admin:grant / admin:revoke) calls it with its own
// client. There is deliberately no web route to it: platform admins are made from a shell.
import { recordAudit } from "@/lib/audit/record-audit";
import { emailSchema } from "@/lib/auth/auth-schemas";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type PlatformAdminChange = { userId: string; email: string; isPlatformAdmin: boolean; changed: boolean };

/** Grants or revokes platform administration for the account with this email. */
export async function setPlatformAdmin(
  client: PrismaClient,
  rawEmail: string,
  isPlatformAdmin: boolean,
): Promise<PlatformAdminChange> {
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) throw new AppError("VALIDATION", "email_invalid", `Not an email address: "${rawEmail}"`);
  const email = parsed.data;
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, isPlatformAdmin: true } });
    if (!user) throw new AppError("NOT_FOUND", "user_not_found", `No account with the email ${email}`);
    if (user.isPlatformAdmin === isPlatformAdmin) return { userId: user.id, email, isPlatformAdmin, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { isPlatformAdmin } });
    await recordAudit(tx, {
      action: isPlatformAdmin ? "admin.platform_admin_granted" : "admin.platform_admin_revoked",
      targetType: "User",
      targetId: user.id,
      // No actor: whoever ran the command had shell access to the server, not an account.
      metadata: { via: "cli" },
    });
    return { userId: user.id, email, isPlatformAdmin, changed: true };
  });
}
