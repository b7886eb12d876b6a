"use server";

import { revalidatePath } from "next/cache";
import { archiveArticle, unarchiveArticle } from "@/lib/articles/archive-article";
import { createArticle } from "@/lib/articles/create-article";
import { deleteArticle } from "@/lib/articles/delete-article";
import { updateArticle } from "@/lib/articles/update-article";
import { requireMember } from "@/lib/auth/access/require-member";
import { errorState, formValues, type FormState } from "../../_shared/form-state";
import { getRequestMessages } from "../../_shared/request-locale";
import { getRequestMeta, getSession } from "../../_shared/session";
import { articleFormInput } from "./article-form-input";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, and every rule (schema, reference uniqueness, tenant scoping)
// lives in lib/articles. A success state carries no message: the form's toast says "created"
// or "saved" (useActionToast shows `message` instead when there is one).

const LIST = "/articles";

async function writer() {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, "articles.write");
}

export async function createArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await createArticle(await writer(), articleFormInput(formData), await getRequestMeta());
    revalidatePath(LIST);
    return { status: "success" };
  } catch (error) {
    return errorState(error, values);
  }
}

export async function updateArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const article = await updateArticle(
      await writer(),
      formData.get("articleId"),
      articleFormInput(formData),
      await getRequestMeta(),
    );
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${article.id}/edit`);
    return { status: "success" };
  } catch (error) {
    return errorState(error, values);
  }
}

/** Archives (archived=1) or restores (archived=0); the success message says which, in the user's language. */
export async function setArticleArchivedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const archived = formData.get("archived") === "1";
  try {
    const change = archived ? archiveArticle : unarchiveArticle;
    const article = await change(await writer(), { articleId: formData.get("articleId") }, await getRequestMeta());
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${article.id}/edit`);
    const { messages } = await getRequestMessages();
    return { status: "success", message: archived ? messages.articles.archived : messages.articles.unarchived };
  } catch (error) {
    return errorState(error);
  }
}

export async function deleteArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await deleteArticle(await writer(), { articleId: formData.get("articleId") }, await getRequestMeta());
    revalidatePath(LIST);
    return { status: "success" };
  } catch (error) {
    return errorState(error);
  }
}
