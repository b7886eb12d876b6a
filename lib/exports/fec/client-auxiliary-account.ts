import { createHash } from "node:crypto";

// A client's auxiliary account (CompAuxNum of the FEC): the one the accountant set on the
// client (Client.auxiliaryAccount) or, by default, one generated from the client's id.

const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The generated code: "C" followed by the first 8 characters of the SHA-256 of the client's
 * id in Crockford base 32 (9 characters, digits and capitals). Stable — the same client gets
 * the same code in every export, whatever its name becomes — and 40 bits wide, so two
 * clients of one organization sharing a code is out of practical reach.
 */
export function clientAuxiliaryAccount(clientId: string): string {
  const digest = createHash("sha256").update(clientId).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let index = 0; index < 8; index++) {
    code = BASE32[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `C${code}`;
}

// A hash per line of a million-line file was measurable: the generated codes are remembered,
// at most one per client (bounded by the clients, not by the period), dropped when it is full.
const generated = new Map<string, string>();
const GENERATED_CACHE_SIZE = 100_000;

/** The code the FEC writes for a client: its own when set, else the generated one. */
export function clientAccountCode(clientId: string, own: string | null | undefined): string {
  if (own) return own;
  let code = generated.get(clientId);
  if (code === undefined) {
    if (generated.size >= GENERATED_CACHE_SIZE) generated.clear();
    code = clientAuxiliaryAccount(clientId);
    generated.set(clientId, code);
  }
  return code;
}
