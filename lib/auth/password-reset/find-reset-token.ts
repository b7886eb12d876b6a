import "server-only";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { hashToken } from "../crypto/tokens";

export type ResetLinkState = "valid" | "invalid" | "expired" | "used";

type TokenRow = { id: string; userId: string; expiresAt: Date; usedAt: Date | null };

// base64url of 32 bytes is 43 characters: a far longer string is not worth hashing.
const MAX_TOKEN_LENGTH = 200;

async function findRow(token: unknown): Promise<TokenRow | null> {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  return db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true },
  });
}

function stateOf(row: TokenRow | null, now: Date): ResetLinkState {
  if (!row) return "invalid";
  if (row.usedAt) return "used";
  // A superseded link was expired by the newer request, so it lands here too.
  if (row.expiresAt <= now) return "expired";
  return "valid";
}

/** What the reset page shows before asking for a new password. */
export async function describeResetLink(token: unknown, now = new Date()): Promise<ResetLinkState> {
  return stateOf(await findRow(token), now);
}

/** The usable token row behind a link, or a GONE error saying why it no longer works. */
export async function findUsableResetToken(token: unknown, now = new Date()): Promise<TokenRow> {
  const row = await findRow(token);
  const state = stateOf(row, now);
  if (state !== "valid") throw resetLinkError(state);
  return row!;
}

export function resetLinkError(state: Exclude<ResetLinkState, "valid">): AppError {
  return new AppError("GONE", `reset_link_${state}`, "This reset link no longer works; ask for a new one");
}
