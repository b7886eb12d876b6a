import { AppError } from "@/lib/errors/app-error";

// Failures of the article functions; codes are translated in articleErrors.* (and field
// codes in articleValidation.*).

export const articleNotFound = () => new AppError("NOT_FOUND", "article_not_found", "Article not found");

/** A save over a version someone else (or another tab) changed since the form was opened. */
export const articleChanged = (updatedAt: string) =>
  new AppError("CONFLICT", "article_changed", "This article was changed since you opened it", { updatedAt });

export const referenceTaken = () =>
  new AppError("CONFLICT", "reference_taken", "Another active article already has this reference", {
    fieldErrors: { reference: ["reference_taken"] },
  });

export const articleInUse = (count: number) =>
  new AppError("CONFLICT", "article_in_use", "This article is used by documents: archive it instead", { count });
