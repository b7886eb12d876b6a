import type { Metadata } from "next";
import { PublicDocumentView } from "@/components/documents/public-document-view";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/get-messages";
import { getRequestMessages } from "../../_shared/request-locale";
import { answerQuoteAction } from "./actions";
import { loadPublicPage } from "./public-page-data";

// /p/[token] — a document opened from a public share link, no login (outside the signed-in
// group). In the document's language, from its frozen snapshots; no internal id on the page
// (the view: components/documents/public-document-view.tsx).
// Unusable links answer the one 404 (not-found.tsx); the token is the only name of the document.

export const dynamic = "force-dynamic";

type Params = Promise<{ token: string }>;

const robots = { index: false, follow: false, nocache: true } as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { token } = await params;
  const data = await loadPublicPage(token);
  if (data.kind !== "document") return { robots, referrer: "no-referrer" };
  const t = getMessages(data.document.language);
  return {
    title: `${format(t.publicDocument.pageTitle, { type: t.documentTypes[data.document.type], number: data.document.number })} · ${data.document.seller.tradeName ?? data.document.seller.legalName}`,
    robots,
    referrer: "no-referrer",
  };
}

export default async function PublicDocumentPage({ params }: { params: Params }) {
  const { token } = await params;
  const data = await loadPublicPage(token);
  if (data.kind === "rateLimited") {
    const { messages } = await getRequestMessages();
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-semibold tracking-tight">{messages.publicDocument.rateLimitedTitle}</h1>
        <p role="alert" className="mt-3 text-slate-700">
          {format(messages.publicDocument.rateLimitedBody, { seconds: data.seconds })}
        </p>
      </main>
    );
  }
  const document = data.document;
  const messages = getMessages(document.language);
  return <PublicDocumentView document={document} token={token} messages={messages} answerAction={answerQuoteAction} />;
}
