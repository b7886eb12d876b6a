"use server";

import { revalidatePath } from "next/cache";
import { archiveArticle, unarchiveArticle } from "@/lib/articles/archive-article";
import { createArticle } from "@/lib/articles/create-article";
import { deleteArticle } from "@/lib/articles/delete-article";
import { updateArticle } from "@/lib/articles/update-article";
import { formValues, versionConflictState, type FormState } from "../../_shared/form-state";
import { memberAction } from "../../_shared/member-action";
import { getRequestMessages } from "../../_shared/request-locale";
import { getRequestMeta } from "../../_shared/session";
import { articleFormInput } from "./article-form-input";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check is requireMember's, and every rule (schema, reference uniqueness, tenant scoping)
// lives in lib/articles. A success state carries no message: the form's toast says "created"
// or "saved" (useActionToast shows `message` instead when there is one).

const LIST = "/articles";

export async function createArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "articles.write",
    async (member) => {
      await createArticle(member, articleFormInput(formData), await getRequestMeta());
      revalidatePath(LIST);
      return { status: "success" };
    },
    { values: formValues(formData) },
  );
}

export async function updateArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction(
    "articles.write",
    async (member) => {
      const input = articleFormInput(formData);
      const article = await updateArticle(member, formData.get("articleId"), input, await getRequestMeta(), {
        expectedUpdatedAt: formData.get("expectedUpdatedAt"),
      });
      revalidatePath(LIST);
      revalidatePath(`${LIST}/${article.id}/edit`);
      return { status: "success" };
    },
    { onError: (error) => versionConflictState(error, formValues(formData), "article_changed") },
  );
}

/** Archives (archived=1) or restores (archived=0); the success message says which, in the user's language. */
export async function setArticleArchivedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const archived = formData.get("archived") === "1";
  return memberAction("articles.write", async (member) => {
    const change = archived ? archiveArticle : unarchiveArticle;
    const article = await change(member, { articleId: formData.get("articleId") }, await getRequestMeta());
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${article.id}/edit`);
    const { messages } = await getRequestMessages();
    return { status: "success", message: archived ? messages.articles.archived : messages.articles.unarchived };
  });
}

export async function deleteArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("articles.write", async (member) => {
    await deleteArticle(member, { articleId: formData.get("articleId") }, await getRequestMeta());
    revalidatePath(LIST);
    return { status: "success" };
  });
}
