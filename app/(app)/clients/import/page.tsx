import type { Metadata } from "next";
import Link from "next/link";
import { CsvImportForm } from "@/components/csv/csv-import-form";
import { clientCsvColumns } from "@/lib/clients/client-csv-columns";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.csvImport.clientsTitle} · ${messages.common.appName}` };
}

export default async function ImportClientsPage() {
  await requireActiveMember("clients.write");
  const { messages } = await getRequestMessages();
  const t = messages.csvImport;
  const labels: Record<string, string> = messages.csvColumns.clients;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/clients" className="text-brand-700 underline-offset-2 hover:underline">
          {messages.clients.title}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.clientsTitle}</h1>
      <div className="mb-6 mt-2 max-w-3xl space-y-2 text-sm text-slate-600">
        <p>{t.lead}</p>
        <p>{t.allOrNothing}</p>
        <details>
          <summary className="cursor-pointer font-medium text-slate-800">{t.columnsTitle}</summary>
          <p className="mt-2">{t.columnsLead}</p>
          <ul className="mt-1 list-inside list-disc">
            {clientCsvColumns.map((column) => (
              <li key={column.field}>
                {labels[column.field]}
                {column.required ? " *" : ""}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="max-w-6xl">
        <CsvImportForm
          endpoint="/api/clients/import"
          listHref="/clients"
          backLabel={t.backToClients}
          texts={t}
          errorTexts={messages.csvErrors}
          messageTexts={{ ...messages.validation, ...messages.clientValidation, ...messages.csvErrors }}
          columnLabels={labels}
        />
      </div>
    </>
  );
}
