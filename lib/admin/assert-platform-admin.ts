import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

/**
 * Defence in depth: the pages already require a platform admin, but every admin function
 * re-reads the flag from the database rather than trusting the caller's session object.
 */
export async function assertPlatformAdmin(session: SessionContext | null): Promise<void> {
  if (!session) throw new AppError("UNAUTHENTICATED", "unauthenticated", "Please sign in");
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { isPlatformAdmin: true, disabledAt: true },
  });
  if (!user?.isPlatformAdmin || user.disabledAt) {
    throw new AppError("FORBIDDEN", "not_platform_admin", "Platform administrators only");
  }
}
