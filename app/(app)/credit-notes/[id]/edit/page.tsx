import { EditDocumentPage, editDocumentMetadata } from "../../../_documents/edit-page";

export const generateMetadata = editDocumentMetadata("/credit-notes");

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  return <EditDocumentPage section="/credit-notes" params={params} searchParams={searchParams} />;
}
