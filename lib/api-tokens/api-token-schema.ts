import { z } from "zod";
import { permissions } from "@/lib/auth/permissions";
import { parisCalendarDate } from "@/lib/dates/format-date";

// One schema for the Settings → API form (checked in the browser first) and createApiToken.
// Codes are catalogue keys (apiTokens.validation). Whether the creator's role holds every
// scope is createApiToken's check: it needs the member.

export const API_TOKEN_NAME_MAX = 100;

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

export const apiTokenInput = z.object({
  name: z.string({ error: "required" }).trim().min(1, "required").max(API_TOKEN_NAME_MAX, "too_long"),
  scopes: z
    .array(z.enum(permissions, { error: "scope_invalid" }), { error: "scopes_required" })
    .min(1, "scopes_required")
    .transform((scopes) => permissions.filter((permission) => scopes.includes(permission))),
  // The last day the token works (Paris calendar); absent: it never expires.
  expiresOn: z.preprocess(
    blankToUndefined,
    z.iso
      .date({ error: "date_invalid" })
      .refine((day) => day >= parisCalendarDate(), "expiry_past")
      .optional(),
  ),
});

export type ApiTokenInput = z.output<typeof apiTokenInput>;

/** The instant a token dated "valid through day D" stops working: the start of the next day (UTC). */
export function expiresAtOf(expiresOn: string): Date {
  const day = new Date(`${expiresOn}T00:00:00.000Z`);
  return new Date(day.getTime() + 24 * 60 * 60 * 1000);
}
