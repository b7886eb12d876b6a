import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

/** For app/ and components/, which may not import Prisma's generated modules. */
export type { Role };

// Messages are catalogue keys (validation.* and memberValidation.*), like lib/auth/auth-schemas.ts.

export const roles = Object.values(Role) as [Role, ...Role[]];

export const roleSchema = z.enum(roles, { error: "role_invalid" });

/** A row id sent back by a form; always looked up together with the acting organization. */
export const recordIdSchema = z.string({ error: "required" }).trim().min(1, "required").max(64, "too_long");

export const changeMemberRoleInput = z.object({ membershipId: recordIdSchema, role: roleSchema });

export const removeMemberInput = z.object({ membershipId: recordIdSchema });
