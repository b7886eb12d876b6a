import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Locale } from "@/lib/i18n/locales";
import { updateProfileInput } from "./user-schemas";

/** Name and preferred language (emails are written in it; the UI follows it too). */
export async function updateProfile(
  session: SessionContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ name: string; locale: Locale }> {
  const input = parseInput(updateProfileInput, rawInput);
  const userId = session.user.id;
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, locale: true } });
    await tx.user.update({ where: { id: userId }, data: { name: input.name, locale: input.locale } });
    const changed = (["name", "locale"] as const).filter((field) => before[field] !== input[field]);
    if (changed.length === 0) return;
    await recordAudit(tx, {
      action: "user.profile_updated",
      actorId: userId,
      targetType: "User",
      targetId: userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { changed },
    });
  });
  return input;
}
