import "server-only";
import { createFileStorage } from "@/lib/storage/file-storage";
import type { SellerSnapshot } from "./document-snapshots";

// The logo a document's seller snapshot names — the one on its PDF, its public page and the
// emails that carry it — whatever the organization's logo is today.

export type SnapshotLogo = { contentType: string; data: Uint8Array; sha256: string; byteSize: number };

/** The snapshot's logo bytes, or null (no logo, deleted since, or not this organization's file). */
export async function loadSnapshotLogo(
  organizationId: string,
  logo: SellerSnapshot["logo"] | undefined,
): Promise<SnapshotLogo | null> {
  if (!logo) return null;
  const file = await createFileStorage().get(logo.fileId);
  // The id comes from our own snapshot, yet a file of another organization is never served.
  if (!file || file.info.organizationId !== organizationId) return null;
  return {
    contentType: file.info.contentType,
    data: file.data,
    sha256: file.info.sha256,
    byteSize: file.info.byteSize,
  };
}

/** The short content version put in logo URLs (?v=…), so a URL always means the same bytes. */
export function logoVersion(sha256: string): string {
  return sha256.slice(0, 16);
}
