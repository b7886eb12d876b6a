import "server-only";
import { db } from "@/lib/db/prisma";
import { isLocale, type Locale } from "@/lib/i18n/locales";

export type Profile = { id: string; name: string; email: string; locale: Locale; createdAt: Date };

/** What the profile page shows about the signed-in user (no secrets). */
export async function getProfile(userId: string): Promise<Profile> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, locale: true, createdAt: true },
  });
  return { ...user, locale: isLocale(user.locale) ? user.locale : "fr" };
}
