import { z } from "zod";
import { emailSchema, personNameSchema } from "@/lib/auth/auth-schemas";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { locales } from "@/lib/i18n/locales";

// Field messages are catalogue keys (the `validation` section, or `account.validation`).

// Not the new-password rules: the current password may predate them. Only a sane bound.
const currentPasswordSchema = z.string({ error: "required" }).min(1, "required").max(1024, "too_long");

export const updateProfileInput = z.object({
  name: personNameSchema,
  locale: z.enum(locales, { error: "locale_invalid" }),
});

export const startEmailChangeInput = z.object({
  newEmail: emailSchema,
  currentPassword: currentPasswordSchema,
});

export const changePasswordInput = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});

// Deleting the account asks for the password: a deliberate act, and proof that the person at
// the keyboard is the owner (not someone at an unlocked computer).
export const deleteAccountInput = z.object({ password: currentPasswordSchema });
