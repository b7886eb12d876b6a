import { createHash } from "node:crypto";

/**
 * SHA-256 of the uploaded bytes. The preview returns it; the confirm sends the file again
 * with it, so "import" always writes the very file the user previewed (and re-validates it).
 */
export function csvFingerprint(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
