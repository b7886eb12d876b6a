import type { pdfFr } from "./pdf-fr";

export const pdfEn: typeof pdfFr = {
  pdfPreview: {
    title: "PDF preview",
    frameTitle: "PDF preview of {document}",
    download: "Download PDF",
    downloadFacturx: "Download Factur-X XML",
    open: "Open in a new tab",
    refresh: "Refresh preview",
    draftHint: "Preview of the last save, watermarked “DRAFT” and without a number until the document is issued.",
    storedHint: "This PDF is frozen: it is exactly what the client receives. SHA-256 fingerprint: {sha256}.",
    storedHintPending: "This PDF is frozen when first produced: it is exactly what the client receives.",
  },
};
