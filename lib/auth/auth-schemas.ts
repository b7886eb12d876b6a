import { z } from "zod";
import { newPasswordSchema } from "./password-policy";

// Messages are keys of the `validation` section of the UI catalogue, so the same schema
// gives French or English field messages in the form and in the server action.

export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(254, "too_long")
  .pipe(z.email({ error: "email_invalid" }))
  .transform((value) => value.toLowerCase());

export const personNameSchema = z.string({ error: "required" }).trim().min(1, "required").max(120, "too_long");

export const organizationNameSchema = z.string({ error: "required" }).trim().min(2, "too_short").max(120, "too_long");

export const loginInput = z.object({
  email: emailSchema,
  // Not the new-password rules: old accounts may predate them, and the message must not
  // reveal anything about the account. Only a sane upper bound.
  password: z.string({ error: "required" }).min(1, "required").max(1024, "too_long"),
});
export type LoginInput = z.infer<typeof loginInput>;

export const signupInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  organizationName: organizationNameSchema,
});
export type SignupInput = z.infer<typeof signupInput>;

export const codeInput = z.object({
  code: z
    .string({ error: "required" })
    .trim()
    .regex(/^\d{6}$/, "code_format"),
});
