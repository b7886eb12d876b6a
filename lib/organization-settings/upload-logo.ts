import "server-only";
import { createHash } from "node:crypto";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { createFileStorage } from "@/lib/storage/file-storage";
import { lockSettingsRow } from "./lock-settings-row";
import { retireLogoFile } from "./retire-logo-file";
import { logoRefused } from "./logo-errors";
import { claimsAnotherType, decodeUtf8, detectLogoType, LOGO_MAX_BYTES } from "./logo-file-type";
import { normalizeLogo, type NormalizedLogo } from "./normalize-logo";
import type { LogoView } from "./organization-settings-view";
import { checkSvg } from "./svg-safety";

export type LogoUpload = { data: Uint8Array; fileName?: string | null; declaredType?: string | null };

/**
 * Replaces the acting organization's logo. The file is checked from its content (type,
 * SVG safety), normalized to a PNG ≤ 600×300, stored, and the old file deleted — all or
 * nothing: a refused file leaves the current logo and storage untouched.
 */
export async function uploadLogo(member: MemberContext, upload: LogoUpload, meta: RequestMeta): Promise<LogoView> {
  assertCan(member, "organization.update");
  const { data } = upload;
  if (data.byteLength === 0) throw logoRefused("logo_required", "Choose an image file");
  if (data.byteLength > LOGO_MAX_BYTES) throw logoRefused("logo_too_large", "The logo must be 1 MB or less");
  const type = detectLogoType(data);
  if (!type) throw logoRefused("logo_type", "Only PNG, JPEG and SVG images are accepted");
  if (claimsAnotherType(type, upload.fileName, upload.declaredType)) {
    throw logoRefused("logo_type_mismatch", "The file's name or type does not match its content");
  }
  if (type === "image/svg+xml") {
    const verdict = checkSvg(decodeUtf8(data) ?? "");
    if (verdict === "unsafe") throw logoRefused("logo_svg_unsafe", "This SVG contains scripts or external references");
    if (verdict === "not_svg") throw logoRefused("logo_type", "Only PNG, JPEG and SVG images are accepted");
    if (verdict !== "ok") throw logoRefused("logo_corrupt", "This SVG file cannot be read");
  }
  let logo: NormalizedLogo;
  try {
    logo = await normalizeLogo(data, type);
  } catch {
    throw logoRefused("logo_corrupt", "This image cannot be read");
  }
  const sha256 = createHash("sha256").update(logo.data).digest("hex");
  const organizationId = member.organizationId;

  return db.$transaction(async (tx) => {
    const previousId = await lockSettingsRow(tx, organizationId);
    const storage = createFileStorage(tx);
    const stored = await storage.put({
      organizationId,
      purpose: "logo",
      contentType: "image/png",
      data: logo.data,
      sha256,
      width: logo.width,
      height: logo.height,
    });
    await tx.organizationSettings.update({ where: { organizationId }, data: { logoFileId: stored.id } });
    if (previousId) await retireLogoFile(tx, organizationId, previousId);
    await recordAudit(tx, {
      action: "organization.logo_updated",
      organizationId,
      actorId: member.userId,
      targetType: "StoredFile",
      targetId: stored.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { sourceType: type, sourceBytes: data.byteLength, width: logo.width, height: logo.height, sha256 },
    });
    return { version: sha256.slice(0, 16), width: logo.width, height: logo.height, byteSize: stored.byteSize };
  });
}
