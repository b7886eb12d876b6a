import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PdfPreview } from "@/components/documents/pdf-preview";
import { fr } from "@/lib/i18n/messages/fr";

describe("PdfPreview", () => {
  it("frames the draft's PDF, refreshes it on demand, and links to download and open it", async () => {
    render(
      <PdfPreview documentId="doc_1" documentName="Devis (brouillon)" draft sha256={null} messages={fr.pdfPreview} />,
    );
    const frame = screen.getByTitle("Aperçu PDF de Devis (brouillon)");
    expect(frame).toHaveAttribute("src", "/api/documents/doc_1/pdf?v=0");
    expect(screen.getByRole("region", { name: "Aperçu PDF" })).toHaveTextContent("BROUILLON");
    expect(screen.getByRole("link", { name: "Télécharger le PDF" })).toHaveAttribute(
      "href",
      "/api/documents/doc_1/pdf?download=1",
    );
    expect(screen.getByRole("link", { name: "Ouvrir dans un nouvel onglet" })).toHaveAttribute("target", "_blank");

    await userEvent.click(screen.getByRole("button", { name: "Actualiser l'aperçu" }));
    expect(screen.getByTitle("Aperçu PDF de Devis (brouillon)")).toHaveAttribute("src", "/api/documents/doc_1/pdf?v=1");
  });

  it("shows an issued document's stored file and its fingerprint, with nothing to refresh", () => {
    render(
      <PdfPreview
        documentId="doc_2"
        documentName="Facture F-2026-00001"
        draft={false}
        sha256={"ab".repeat(32)}
        messages={fr.pdfPreview}
      />,
    );
    expect(screen.getByTitle("Aperçu PDF de Facture F-2026-00001")).toHaveAttribute("src", "/api/documents/doc_2/pdf");
    expect(screen.getByText(/Empreinte SHA-256 : (ab){32}/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Actualiser l'aperçu" })).not.toBeInTheDocument();
  });

  it("opens the frame only once its place comes near the screen (a phone does not load the PDF with the page)", () => {
    const observers: { callback: IntersectionObserverCallback; options?: IntersectionObserverInit }[] = [];
    const original = globalThis.IntersectionObserver;
    globalThis.IntersectionObserver = class {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        observers.push({ callback, options });
      }
      observe() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    try {
      render(
        <PdfPreview
          documentId="doc_3"
          documentName="Facture F-2026-00002"
          draft={false}
          sha256={null}
          messages={fr.pdfPreview}
        />,
      );
      expect(screen.queryByTitle("Aperçu PDF de Facture F-2026-00002")).not.toBeInTheDocument();
      // The toolbar works without the frame.
      expect(screen.getByRole("link", { name: "Télécharger le PDF" })).toBeInTheDocument();
      expect(observers).toHaveLength(1);
      expect(observers[0]!.options?.rootMargin).toBe("0px 0px 600px 0px");

      act(() =>
        observers[0]!.callback([{ isIntersecting: false } as IntersectionObserverEntry], {} as IntersectionObserver),
      );
      expect(screen.queryByTitle("Aperçu PDF de Facture F-2026-00002")).not.toBeInTheDocument();
      act(() =>
        observers[0]!.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver),
      );
      expect(screen.getByTitle("Aperçu PDF de Facture F-2026-00002")).toHaveAttribute(
        "src",
        "/api/documents/doc_3/pdf",
      );
    } finally {
      globalThis.IntersectionObserver = original;
    }
  });
});
