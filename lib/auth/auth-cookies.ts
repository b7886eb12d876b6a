// Cookie names shared by the shells (server actions set them, next-auth's authorize reads them).
export const CHALLENGE_COOKIE = "facturo_challenge";

/** Minimal Cookie header parser (next-auth hands authorize a plain header object). */
export function readCookie(header: string | undefined | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}
