"use server";

import { revalidatePath } from "next/cache";
import type { SaveDocumentResult } from "@/components/documents/document-editor";
import type { SaveRecurringPayload } from "@/components/recurring/recurring-profile-form";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { getClient } from "@/lib/clients/get-client";
import { isAppError } from "@/lib/errors/app-error";
import {
  endRecurringProfile,
  pauseRecurringProfile,
  resumeRecurringProfile,
} from "@/lib/recurring/change-recurring-profile-status";
import { createRecurringProfile } from "@/lib/recurring/create-recurring-profile";
import { runRecurringProfileNow } from "@/lib/recurring/run-recurring-profile";
import { updateRecurringProfile } from "@/lib/recurring/update-recurring-profile";
import { errorState, type FormState } from "../../_shared/form-state";
import { actingMember, memberAction } from "../../_shared/member-action";
import { getRequestMeta } from "../../_shared/session";

// The recurring invoice pages' actions: thin shells. The organization is the session's; the
// schema (recurringProfileInput), the client and recipients checks, the version check and the
// runs are lib/recurring's. Field errors come back with their paths ("lines.2.unitPrice",
// "endDate", "recipients").

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The profile pages and list show something new (and the invoices a run made). */
function refresh(id: string) {
  revalidatePath("/recurring");
  revalidatePath(`/recurring/${id}`);
}

/** Creates the profile (no profileId yet) or saves over it; answers where it now lives. */
export async function saveRecurringProfileAction(payload: SaveRecurringPayload): Promise<SaveDocumentResult> {
  try {
    const member = await actingMember("documents.write");
    const meta = await getRequestMeta();
    const values = isRecord(payload) && isRecord(payload.values) ? payload.values : {};
    const profileId = isRecord(payload) && typeof payload.profileId === "string" ? payload.profileId : null;
    const saved = profileId
      ? await updateRecurringProfile(
          member,
          profileId,
          { ...values, expectedUpdatedAt: isRecord(payload) ? payload.updatedAt : undefined },
          meta,
        )
      : await createRecurringProfile(member, values, meta);
    refresh(saved.id);
    return { status: "success", documentId: saved.id, updatedAt: saved.updatedAt, href: `/recurring/${saved.id}` };
  } catch (error) {
    const state = errorState(error);
    return { status: "error", fieldErrors: state.fieldErrors, formError: state.formError };
  }
}

/** The addresses of a client of the session's organization (the recipients are chosen among them). */
export async function recurringClientEmailsAction(clientId: unknown): Promise<string[]> {
  const member = await actingMember("clients.read");
  if (typeof clientId !== "string" || clientId === "") return [];
  try {
    return (await getClient(member, clientId)).emails;
  } catch (error) {
    // Another organization's client is a missing one: no address to offer.
    if (isAppError(error) && error.kind === "NOT_FOUND") return [];
    throw error;
  }
}

const idOf = (formData: FormData) => {
  const value = formData.get("profileId");
  return typeof value === "string" ? value : "";
};

function statusAction(
  permission: Permission,
  change: (member: MemberContext, id: string, meta: Awaited<ReturnType<typeof getRequestMeta>>) => Promise<unknown>,
) {
  return async (formData: FormData): Promise<FormState> =>
    memberAction(permission, async (member) => {
      const id = idOf(formData);
      await change(member, id, await getRequestMeta());
      refresh(id);
      return { status: "success" };
    });
}

export async function pauseRecurringProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return statusAction("documents.write", pauseRecurringProfile)(formData);
}

export async function resumeRecurringProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return statusAction("documents.write", resumeRecurringProfile)(formData);
}

export async function endRecurringProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return statusAction("documents.write", endRecurringProfile)(formData);
}

/**
 * "Générer maintenant": the due periods, or the next one at once. The state's message says
 * what happened: "generated" (with the numbers made), "nothing", or "sendFailed" when an
 * invoice was made but could not be emailed.
 */
export async function runRecurringProfileNowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("documents.issue", async (member) => {
    const id = idOf(formData);
    const result = await runRecurringProfileNow(member, id, await getRequestMeta());
    refresh(id);
    revalidatePath("/invoices");
    const outcome =
      result.sendFailures.length > 0 ? "sendFailed" : result.generated.length > 0 ? "generated" : "nothing";
    return { status: "success", message: outcome };
  });
}
