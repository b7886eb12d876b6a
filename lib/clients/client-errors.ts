import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";

// Failures of the client functions; codes are translated in clientErrors.*.

/** Missing, or another organization's: the two look the same. */
export const clientNotFound = () => new AppError("NOT_FOUND", "client_not_found", "Client not found");

/** A save over a version someone else (or another tab) changed since the form was opened. */
export const clientChanged = (updatedAt: string) =>
  new AppError("CONFLICT", "client_changed", "This client was changed since you opened it", { updatedAt });

export const clientInUse = (documents: number) =>
  new AppError("CONFLICT", "client_in_use", "This client has documents: archive it instead", { documents });

export const clientRowsInvalid = (rows: { row: number; fieldErrors: Record<string, string[]> }[]) =>
  new AppError("VALIDATION", "invalid_rows", "Some rows are invalid; nothing was imported", { rows });

/**
 * A write refused by the unique (organizationId, auxiliaryAccount) index — the only unique
 * index a client write can hit — is the field's error, anything else is rethrown.
 */
export function auxiliaryAccountTaken(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("VALIDATION", "invalid_input", "Another client has this auxiliary account", {
      fieldErrors: { auxiliaryAccount: ["auxiliary_account_taken"] },
    });
  }
  return error;
}
