import { z } from "zod";
import { emailSchema, personNameSchema } from "@/lib/auth/auth-schemas";
import { manageableRoles } from "@/lib/auth/permissions";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordIdSchema, roleSchema } from "@/lib/members/member-schemas";

/** email + a role the inviter may hand out (an ADMIN cannot invite an OWNER). */
export function inviteMemberInput(inviterRole: Role) {
  const allowed = manageableRoles(inviterRole);
  return z.object({
    email: emailSchema,
    role: roleSchema.refine((role) => allowed.includes(role), "role_not_allowed"),
  });
}

export const revokeInvitationInput = z.object({ invitationId: recordIdSchema });

/** The account created from an invitation: its email is the invited one, so not asked again. */
export const acceptWithNewAccountInput = z.object({ name: personNameSchema, password: newPasswordSchema });

/** Tokens are 43 base64url characters; anything far off is not worth a database lookup. */
export const invitationTokenSchema = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
