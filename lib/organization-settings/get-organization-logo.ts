import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { createFileStorage } from "@/lib/storage/file-storage";

export type OrganizationLogo = { contentType: string; data: Uint8Array; sha256: string; byteSize: number };

/** The acting organization's logo bytes, or null. The file id comes from its own settings row only. */
export async function getOrganizationLogo(member: MemberContext): Promise<OrganizationLogo | null> {
  assertCan(member, "organization.read");
  const settings = await db.organizationSettings.findUnique({
    where: { organizationId: member.organizationId },
    select: { logoFileId: true },
  });
  if (!settings?.logoFileId) return null;
  const file = await createFileStorage().get(settings.logoFileId);
  // Belt and braces: a file of another organization is never served, whatever points to it.
  if (!file || file.info.organizationId !== member.organizationId) return null;
  return {
    contentType: file.info.contentType,
    data: file.data,
    sha256: file.info.sha256,
    byteSize: file.info.byteSize,
  };
}
