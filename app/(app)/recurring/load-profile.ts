import { notFound } from "next/navigation";
import { cache } from "react";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { isAppError } from "@/lib/errors/app-error";
import { getRecurringProfile } from "@/lib/recurring/get-recurring-profile";
import type { RecurringProfileDetail } from "@/lib/recurring/recurring-types";

/**
 * The profile of a page's id, once per request (the metadata and the page both read it);
 * another organization's profile is exactly a missing one: 404.
 */
export const loadRecurringProfile = cache(
  async (member: MemberContext, id: string): Promise<RecurringProfileDetail> => {
    try {
      return await getRecurringProfile(member, id);
    } catch (error) {
      if (isAppError(error) && error.kind === "NOT_FOUND") notFound();
      throw error;
    }
  },
);
