"use client";

import { useCallback, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";

// The toolbar's buttons and links (refresh, download, open): small secondary buttons.
const toolClass = buttonClass({
  variant: "secondary",
  size: "sm",
  className: "focus-visible:outline-2 focus-visible:outline-brand-600",
});

const frameClass = "h-[70vh] min-h-96 w-full rounded-md border border-slate-200 bg-slate-100";

/**
 * The frame's src is set only once its place comes within 600 px of the screen. The browser's own
 * loading="lazy" starts 1250 px or more ahead, so on a phone the page opened the PDF viewer with
 * itself (the PDF request and the viewer's own page: Lighthouse mobile 62–88, 1.3 s of blocked
 * main thread, issue 11); on a desktop the frame is that close and loads at once.
 */
function useNearScreen(): [boolean, (box: HTMLDivElement | null) => (() => void) | undefined] {
  const [near, setNear] = useState(false);
  // A ref callback with a cleanup (React 19): observes the placeholder while it is mounted.
  const placeholder = useCallback((box: HTMLDivElement | null) => {
    if (!box) return undefined;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "0px 0px 600px 0px" },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [near, placeholder];
}

/**
 * The document's PDF in a frame (the browser's own viewer), with download and open links.
 * Drafts: the last saved version, re-rendered on "Refresh"; issued documents: the stored file
 * (and, for invoices, deposit invoices and credit notes, their Factur-X XML).
 */
export function PdfPreview(props: {
  documentId: string;
  documentName: string;
  draft: boolean;
  sha256: string | null;
  /** An issued invoice, deposit invoice or credit note: its Factur-X XML can be downloaded too. */
  facturx?: boolean;
  messages: Messages["pdfPreview"];
}) {
  const t = props.messages;
  const [version, setVersion] = useState(0);
  const [near, placeholder] = useNearScreen();
  const base = `/api/documents/${encodeURIComponent(props.documentId)}/pdf`;
  const src = props.draft ? `${base}?v=${version}` : base;
  return (
    <Card aria-labelledby="pdf-preview" padding="responsive" className="shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="pdf-preview" className="text-lg font-semibold">
          {t.title}
        </h2>
        <div className="flex flex-wrap gap-2 text-sm">
          {props.draft ? (
            <button type="button" onClick={() => setVersion((current) => current + 1)} className={toolClass}>
              {t.refresh}
            </button>
          ) : null}
          <a href={`${base}?download=1`} className={toolClass}>
            {t.download}
          </a>
          {props.facturx && !props.draft ? (
            <a
              href={`/api/documents/${encodeURIComponent(props.documentId)}/facturx.xml`}
              download
              className={toolClass}
            >
              {t.downloadFacturx}
            </a>
          ) : null}
          <a href={base} target="_blank" rel="noopener" className={toolClass}>
            {t.open}
          </a>
        </div>
      </div>
      <p className="mb-3 text-sm break-words text-slate-600">
        {props.draft
          ? t.draftHint
          : props.sha256
            ? format(t.storedHint, { sha256: props.sha256 })
            : t.storedHintPending}
      </p>
      {near ? (
        <iframe
          key={version}
          src={src}
          title={format(t.frameTitle, { document: props.documentName })}
          className={frameClass}
        />
      ) : (
        <div ref={placeholder} className={frameClass} />
      )}
    </Card>
  );
}
