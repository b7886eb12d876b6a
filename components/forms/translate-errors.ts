import { format } from "@/lib/i18n/format";

/** Field error keys → texts of the catalogue's validation section (unknown keys stay visible). */
export function translateFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  validation: Record<string, string>,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [field, codes] of Object.entries(fieldErrors ?? {})) {
    result[field] = codes.map((code) => validation[code] ?? code);
  }
  return result;
}

/** A form error code → text of a catalogue section, with its parameters filled in. */
export function translateFormError(
  formError: { code: string; params?: Record<string, string | number> } | undefined,
  errors: Record<string, string>,
): string | null {
  if (!formError) return null;
  return format(errors[formError.code] ?? errors.generic ?? formError.code, formError.params ?? {});
}
