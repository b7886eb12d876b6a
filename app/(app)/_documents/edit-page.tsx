import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { documentHref } from "@/components/documents/document-paths";
import { PdfPreview } from "@/components/documents/pdf-preview";
import { fixedLinesOf } from "@/components/documents/editor-values";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";
import { NoticeToast } from "../clients/notice-toast";
import { loadDocument, nameOf, type Section } from "./document-page";
import { DraftEditor } from "./editor-page";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function editDocumentMetadata(section: Section) {
  return async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const [{ id }, { messages }] = await Promise.all([params, getRequestMessages()]);
    const member = await requireActiveMember("documents.read");
    const document = await loadDocument(member, section, id);
    return {
      title: `${format(messages.documentEditorPages.editTitle, { document: nameOf(document, messages) })} · ${messages.common.appName}`,
    };
  };
}

/** …/[id]/edit: the editor on a draft; a document that left DRAFT goes back to its page. */
export async function EditDocumentPage(props: { section: Section; params: Params; searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.write");
  const [{ id }, query, { locale, messages }] = await Promise.all([
    props.params,
    props.searchParams,
    getRequestMessages(),
  ]);
  const document = await loadDocument(member, props.section, id);
  if (!document.editable) redirect(documentHref(document));
  const href = `${documentHref(document)}/edit`;
  return (
    <>
      <NoticeToast
        message={query.notice === "duplicated" ? messages.documentDetail.duplicated : null}
        cleanHref={href}
      />
      <DraftEditor
        member={member}
        document={document}
        fixedLines={fixedLinesOf(document)}
        title={format(messages.documentEditorPages.editTitle, { document: nameOf(document, messages) })}
        locale={locale}
        messages={messages}
      />
      <div className="mt-6">
        <PdfPreview
          documentId={document.id}
          documentName={nameOf(document, messages)}
          draft
          sha256={null}
          messages={messages.pdfPreview}
        />
      </div>
    </>
  );
}
