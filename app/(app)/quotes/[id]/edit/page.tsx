import { EditDocumentPage, editDocumentMetadata } from "../../../_documents/edit-page";

export const generateMetadata = editDocumentMetadata("/quotes");

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  return <EditDocumentPage section="/quotes" params={params} searchParams={searchParams} />;
}
