import { AppError, isAppError } from "@/lib/errors/app-error";

/**
 * The API names some fields after their wire unit (unitPriceCents) where the domain's schema
 * names the value the form types (unitPrice): a domain field error is reported under the
 * API's name, so clients find it on the field they sent.
 */
export async function withApiFieldNames<Result>(
  names: Record<string, string>,
  run: () => Promise<Result>,
): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    const fieldErrors = isAppError(error) ? error.details.fieldErrors : undefined;
    if (!isAppError(error) || !fieldErrors) throw error;
    const renamed = Object.fromEntries(Object.entries(fieldErrors).map(([key, codes]) => [names[key] ?? key, codes]));
    throw new AppError(error.kind, error.code, error.message, { ...error.details, fieldErrors: renamed });
  }
}
