"use server";

import { revalidatePath } from "next/cache";
import { documentSection } from "@/components/documents/document-paths";
import type { SaveDocumentPayload, SaveDocumentResult } from "@/components/documents/document-editor";
import { createDraft, type DraftType } from "@/lib/documents/create-draft";
import { updateDraft } from "@/lib/documents/update-draft";
import { errorState } from "../../_shared/form-state";
import { actingMember } from "../../_shared/member-action";
import { getRequestMeta } from "../../_shared/session";

// The editor's save: a thin shell. The organization is the session's; documentInput,
// the client/article checks, the totals and the optimistic version check are createDraft's
// and updateDraft's. Field errors come back with their paths ("lines.2.unitPrice").

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Creates the draft (no documentId yet: `type` says which) or saves over it (the type is the
 * draft's own). Answers where the document now lives.
 */
export async function saveDocumentAction(type: unknown, payload: SaveDocumentPayload): Promise<SaveDocumentResult> {
  try {
    const member = await actingMember("documents.write");
    const meta = await getRequestMeta();
    const values = isRecord(payload) && isRecord(payload.values) ? payload.values : {};
    const documentId = isRecord(payload) && typeof payload.documentId === "string" ? payload.documentId : null;
    const saved = documentId
      ? await updateDraft(
          member,
          documentId,
          { ...values, expectedUpdatedAt: isRecord(payload) ? payload.updatedAt : undefined },
          meta,
        )
      : await createDraft(member, type as DraftType, values, meta);
    const section = documentSection(saved.type);
    revalidatePath(section);
    revalidatePath(`${section}/${saved.id}`);
    return { status: "success", documentId: saved.id, updatedAt: saved.updatedAt, href: `${section}/${saved.id}` };
  } catch (error) {
    const state = errorState(error);
    return { status: "error", fieldErrors: state.fieldErrors, formError: state.formError };
  }
}
