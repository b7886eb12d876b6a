"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { createShareLinkForMember } from "@/lib/share-links/create-share-link";
import { regenerateShareLink, revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { errorState, type FormState } from "../../_shared/form-state";
import { getRequestMeta, getSession } from "../../_shared/session";

// The share-links panel's actions: thin shells (documents.issue, checked again in lib). A new
// link's URL comes back once, in the action's answer, and is never stored.

export type ShareLinkActionState = FormState & { url?: string };

async function actingMember(permission: Permission) {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, permission);
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The document's page, whichever section it lives in (the id alone names it). */
function refresh(documentId: string) {
  for (const section of ["/quotes", "/invoices", "/credit-notes"]) revalidatePath(`${section}/${documentId}`);
}

export async function createShareLinkAction(
  _previous: ShareLinkActionState,
  formData: FormData,
): Promise<ShareLinkActionState> {
  try {
    const member = await actingMember("documents.issue");
    const documentId = field(formData, "documentId");
    const link = await createShareLinkForMember(member, documentId, await getRequestMeta());
    refresh(documentId);
    return { status: "success", url: link.url };
  } catch (error) {
    return errorState(error);
  }
}

export async function revokeShareLinkAction(
  _previous: ShareLinkActionState,
  formData: FormData,
): Promise<ShareLinkActionState> {
  try {
    const member = await actingMember("documents.issue");
    const revoked = await revokeShareLink(member, field(formData, "linkId"), await getRequestMeta());
    refresh(revoked.documentId);
    return { status: "success" };
  } catch (error) {
    return errorState(error);
  }
}

export async function regenerateShareLinkAction(
  _previous: ShareLinkActionState,
  formData: FormData,
): Promise<ShareLinkActionState> {
  try {
    const member = await actingMember("documents.issue");
    const link = await regenerateShareLink(member, field(formData, "linkId"), await getRequestMeta());
    refresh(link.documentId);
    return { status: "success", url: link.url };
  } catch (error) {
    return errorState(error);
  }
}
