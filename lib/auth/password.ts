// Not "server-only": the seed script hashes the demo password with it. It never reaches a
// browser bundle because only server code imports it (client code uses password-policy.ts).
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's suggested floor (19 MiB, 2 passes): memory-hard, ~30 ms here.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * For unknown emails: verify against a throwaway hash so that "no such account" costs the
 * same argon2 work as "wrong password" and the two cannot be told apart by timing.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("facturo-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}
