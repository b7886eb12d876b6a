import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { isStandardUnit } from "@/lib/articles/article-units";
import { getArticle } from "@/lib/articles/get-article";
import { isAppError } from "@/lib/errors/app-error";
import { centsToDecimalString } from "@/lib/money/format-money";
import { getRequestMessages } from "../../../../_shared/request-locale";
import { requireActiveMember } from "../../../../_shared/session";
import { updateArticleAction } from "../../actions";
import { ArticleForm } from "../../article-form";
import { pickArticleMessages } from "../../article-messages";
import { ArticleStateActions } from "../../article-state-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.articles.editTitle} · ${messages.common.appName}` };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireActiveMember("articles.write");
  const { id } = await params;
  // Another organization's article is exactly as missing as a deleted one.
  const article = await getArticle(member, id).catch((error: unknown) => {
    if (isAppError(error) && error.kind === "NOT_FOUND") notFound();
    throw error;
  });
  const { locale, messages } = await getRequestMessages();
  const t = messages.articles;
  const formMessages = pickArticleMessages(messages);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/articles" className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToList}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.editTitle}</h1>
      <p className="mb-6 mt-1 text-slate-600">{article.name}</p>
      {article.archivedAt ? (
        <p
          role="status"
          className="mb-4 max-w-3xl rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t.archivedNotice}
        </p>
      ) : null}
      <Card padding="lg" className="max-w-3xl">
        <ArticleForm
          action={updateArticleAction}
          articleId={article.id}
          version={article.updatedAt.toISOString()}
          initial={{
            name: article.name,
            description: article.description ?? "",
            unit: isStandardUnit(article.unit) ? messages.articleUnits[article.unit] : article.unit,
            unitPrice: centsToDecimalString(article.unitPriceCents, locale === "fr" ? "," : "."),
            vatRate: String(article.vatRateBps),
            reference: article.reference ?? "",
            kind: article.kind,
          }}
          locale={locale}
          messages={formMessages}
        />
      </Card>
      <section aria-labelledby="article-danger" className="mt-8 max-w-3xl">
        <h2 id="article-danger" className="mb-3 text-lg font-semibold">
          {t.dangerZone}
        </h2>
        <ArticleStateActions articleId={article.id} archived={Boolean(article.archivedAt)} messages={formMessages} />
      </section>
    </>
  );
}
