import { AppError } from "@/lib/errors/app-error";

// The payment triggers (migration 20261122023110_documents) raise "facturo:<code>". The
// functions check the same rules first, under a row lock, so these only surface when another
// path (or a bug) gets past them; they still become the same clear AppError.

/** "facturo:<code>" from a database error, wherever the driver put the message. */
export function databaseRuleCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const message = (current as { message?: unknown }).message;
    const match = typeof message === "string" ? message.match(/facturo:([a-z_]+)/) : null;
    if (match) return match[1]!;
    const meta = (current as { meta?: unknown }).meta;
    const metaMatch = meta ? JSON.stringify(meta).match(/facturo:([a-z_]+)/) : null;
    if (metaMatch) return metaMatch[1]!;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Rethrows a trigger refusal as the AppError the code check would have thrown. */
export function rethrowPaymentRule(error: unknown, errors: Partial<Record<string, () => AppError>>): never {
  const code = databaseRuleCode(error);
  const make = code ? errors[code] : undefined;
  if (make) throw make();
  throw error;
}
