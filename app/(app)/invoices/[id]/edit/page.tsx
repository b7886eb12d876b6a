import { EditDocumentPage, editDocumentMetadata } from "../../../_documents/edit-page";

export const generateMetadata = editDocumentMetadata("/invoices");

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  return <EditDocumentPage section="/invoices" params={params} searchParams={searchParams} />;
}
