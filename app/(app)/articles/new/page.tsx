import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { createArticleAction } from "../actions";
import { ArticleForm } from "../article-form";
import { pickArticleMessages } from "../article-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.articles.newTitle} · ${messages.common.appName}` };
}

export default async function NewArticlePage() {
  await requireActiveMember("articles.write");
  const { locale, messages } = await getRequestMessages();
  const t = messages.articles;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/articles" className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToList}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t.newTitle}</h1>
      <Card padding="lg" className="max-w-3xl">
        <ArticleForm
          action={createArticleAction}
          initial={{
            name: "",
            description: "",
            unit: messages.articleUnits.hour,
            unitPrice: "",
            vatRate: "2000",
            reference: "",
            kind: "SERVICE",
          }}
          locale={locale}
          messages={pickArticleMessages(messages)}
        />
      </Card>
    </>
  );
}
