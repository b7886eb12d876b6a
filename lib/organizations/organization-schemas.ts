import { z } from "zod";
import { organizationNameSchema } from "@/lib/auth/auth-schemas";
import { recordIdSchema } from "@/lib/members/member-schemas";

export const switchOrganizationInput = z.object({ organizationId: recordIdSchema });

export const createOrganizationInput = z.object({ name: organizationNameSchema });
