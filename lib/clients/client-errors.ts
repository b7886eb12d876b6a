import { AppError } from "@/lib/errors/app-error";

// Failures of the client functions; codes are translated in clientErrors.*.

/** Missing, or another organization's: the two look the same. */
export const clientNotFound = () => new AppError("NOT_FOUND", "client_not_found", "Client not found");

export const clientInUse = (documents: number) =>
  new AppError("CONFLICT", "client_in_use", "This client has documents: archive it instead", { documents });

export const clientRowsInvalid = (rows: { row: number; fieldErrors: Record<string, string[]> }[]) =>
  new AppError("VALIDATION", "invalid_rows", "Some rows are invalid; nothing was imported", { rows });
