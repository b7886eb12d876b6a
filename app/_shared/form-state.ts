import { isAppError } from "@/lib/errors/app-error";
import { getLogger } from "@/lib/log/logger";

/**
 * What a form's server action returns. Codes are catalogue keys (validation.* for fields,
 * auth.errors.* or similar for the form); `values` gives the inputs back so nothing typed
 * is lost when the server refuses it.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
  message?: string;
};

export const idleState: FormState = { status: "idle" };

/** Text inputs of a form, without secrets (passwords are never sent back). */
export function formValues(formData: FormData, omit: string[] = ["password", "currentPassword", "newPassword"]) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** Expected failures become messages; anything else is logged and shown generically. */
export function errorState(error: unknown, values?: Record<string, string>): FormState {
  if (isAppError(error)) {
    const params: Record<string, string | number> = {};
    const retry = error.details.retryAfterSeconds;
    if (typeof retry === "number") {
      params.seconds = retry;
      params.minutes = Math.max(1, Math.ceil(retry / 60));
    }
    return {
      status: "error",
      fieldErrors: error.details.fieldErrors,
      formError: { code: error.code, params },
      values,
    };
  }
  getLogger().error({ err: error }, "unexpected error in a server action");
  return { status: "error", formError: { code: "generic" }, values };
}

/**
 * errorState for a form that saves over the version it loaded (a hidden expectedUpdatedAt): on
 * the lib's version conflict (`conflictCode`, details.updatedAt = the current version) the typed
 * values come back with the current version, so saving again knowingly replaces the other change.
 */
export function versionConflictState(error: unknown, values: Record<string, string>, conflictCode: string): FormState {
  const current = isAppError(error) && error.code === conflictCode ? error.details.updatedAt : undefined;
  return errorState(error, typeof current === "string" ? { ...values, expectedUpdatedAt: current } : values);
}
