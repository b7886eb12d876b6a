import type { Messages } from "@/lib/i18n/messages/fr";

/** The catalogue sections the article client components need (not the whole catalogue). */
export type ArticleMessages = Pick<
  Messages,
  "articles" | "articleUnits" | "articleKinds" | "articleValidation" | "articleErrors" | "validation" | "common"
>;

export function pickArticleMessages(messages: Messages): ArticleMessages {
  const { articles, articleUnits, articleKinds, articleValidation, articleErrors, validation, common } = messages;
  return { articles, articleUnits, articleKinds, articleValidation, articleErrors, validation, common };
}

/** Field error codes → texts: shared validation codes plus the article ones. */
export function articleFieldTexts(messages: ArticleMessages): Record<string, string> {
  return { ...messages.validation, ...messages.articleValidation };
}
