// What an uploaded logo really is, read from its first bytes. The file name and the type the
// browser declared are never used to accept a file; they are only compared with the content
// so that a disguised file (a PNG named logo.svg) is refused instead of silently reinterpreted.

/** 1 MiB: checked in the browser before sending, and again on the server. */
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoType = "image/png" | "image/jpeg" | "image/svg+xml";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWithBytes = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** PNG and JPEG by magic bytes; SVG when the content is UTF-8 text starting like XML or <svg. */
export function detectLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWithBytes(bytes, PNG_SIGNATURE)) return "image/png";
  if (startsWithBytes(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  const text = decodeUtf8(bytes);
  if (text !== null && /^\uFEFF?\s*<(\?xml|svg|!--)/.test(text)) return "image/svg+xml";
  return null;
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const typeByExtension: Record<string, LogoType> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  jpe: "image/jpeg",
  jfif: "image/jpeg",
  svg: "image/svg+xml",
};

const typeByDeclaredType: Record<string, LogoType> = {
  "image/png": "image/png",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/svg+xml": "image/svg+xml",
};

/** True when the name or the declared type claims one of our image types other than the real one. */
export function claimsAnotherType(
  actual: LogoType,
  fileName: string | null | undefined,
  declaredType: string | null | undefined,
): boolean {
  const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const claims = [
    extension ? typeByExtension[extension] : undefined,
    declaredType ? typeByDeclaredType[declaredType.toLowerCase().split(";")[0]?.trim() ?? ""] : undefined,
  ];
  return claims.some((claimed) => claimed !== undefined && claimed !== actual);
}
