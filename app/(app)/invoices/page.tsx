import { DocumentListPage, documentListMetadata } from "../_documents/document-list-page";

export const generateMetadata = documentListMetadata("invoices");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <DocumentListPage kind="invoices" searchParams={searchParams} />;
}
