import type { Metadata } from "next";
import Link from "next/link";
import { CsvImportForm } from "@/components/csv/csv-import-form";
import { articleCsvColumns } from "@/lib/articles/article-csv-columns";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.csvImport.articlesTitle} · ${messages.common.appName}` };
}

export default async function ImportArticlesPage() {
  await requireActiveMember("articles.write");
  const { messages } = await getRequestMessages();
  const t = messages.csvImport;
  const labels: Record<string, string> = messages.csvColumns.articles;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/articles" className="text-brand-700 underline-offset-2 hover:underline">
          {messages.articles.backToList}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.articlesTitle}</h1>
      <div className="mb-6 mt-2 max-w-3xl space-y-2 text-sm text-slate-600">
        <p>{t.lead}</p>
        <p>{t.allOrNothing}</p>
        <details>
          <summary className="cursor-pointer font-medium text-slate-800">{t.columnsTitle}</summary>
          <p className="mt-2">{t.columnsLead}</p>
          <ul className="mt-1 list-inside list-disc">
            {articleCsvColumns.map((column) => (
              <li key={column.field}>
                {labels[column.field]}
                {column.required ? " *" : ""}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="max-w-5xl">
        <CsvImportForm
          endpoint="/api/articles/import"
          listHref="/articles"
          backLabel={t.backToArticles}
          texts={t}
          errorTexts={messages.csvErrors}
          messageTexts={{ ...messages.validation, ...messages.articleValidation, ...messages.csvErrors }}
          columnLabels={labels}
        />
      </div>
    </>
  );
}
