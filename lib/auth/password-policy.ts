import { z } from "zod";

// Pure rules, shared by the sign-up form (live feedback) and the server; hashing lives in
// password.ts, which must never reach a browser bundle.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const passwordRules = [
  { id: "length", test: (value: string) => value.length >= PASSWORD_MIN_LENGTH },
  { id: "letter", test: (value: string) => /\p{L}/u.test(value) },
  { id: "digit", test: (value: string) => /\d/.test(value) },
] as const;

export type PasswordRuleId = (typeof passwordRules)[number]["id"];

// Messages are keys of the UI catalogue's `validation` section ("password_length"…).
export const newPasswordSchema = z
  .string({ error: "required" })
  .max(PASSWORD_MAX_LENGTH, "too_long")
  .superRefine((value, context) => {
    for (const rule of passwordRules) {
      if (!rule.test(value)) context.addIssue({ code: "custom", message: `password_${rule.id}` });
    }
  });
