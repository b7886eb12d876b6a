import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { SESSION_TTL_SECONDS } from "./session-rules";

/** Opens a server-side session; the user starts in the organization they joined last. */
export async function createSession(userId: string, meta: RequestMeta, now = new Date()): Promise<string> {
  const membership = await db.membership.findFirst({
    where: { userId, organization: { disabledAt: null } },
    orderBy: { createdAt: "desc" },
    select: { organizationId: true },
  });
  const session = await db.authSession.create({
    data: {
      userId,
      activeOrganizationId: membership?.organizationId ?? null,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000),
    },
  });
  return session.id;
}
