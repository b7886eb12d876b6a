import { z } from "zod";
import { emailSchema } from "../auth-schemas";
import { newPasswordSchema } from "../password-policy";

// Field messages are keys of the UI catalogue's `validation` section.
export const requestPasswordResetInput = z.object({ email: emailSchema });

export const newPasswordInput = z.object({ password: newPasswordSchema });
