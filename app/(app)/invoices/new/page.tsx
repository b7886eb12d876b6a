import { NewDocumentPage, newDocumentMetadata } from "../../_documents/editor-page";

export const generateMetadata = newDocumentMetadata("INVOICE");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <NewDocumentPage type="INVOICE" searchParams={searchParams} />;
}
