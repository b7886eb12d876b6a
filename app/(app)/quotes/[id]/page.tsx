import { DocumentPage, documentMetadata } from "../../_documents/document-page";

export const generateMetadata = documentMetadata("/quotes");

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  return <DocumentPage section="/quotes" params={params} searchParams={searchParams} />;
}
