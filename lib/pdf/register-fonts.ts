import path from "node:path";
import { Font } from "@react-pdf/renderer";

// Inter (SIL Open Font License, lib/pdf/fonts/OFL.txt), shipped in the repository and embedded
// in every PDF: the built-in Helvetica is not embedded and lacks glyphs such as the narrow
// no-break space French amounts use ("1 234,56 €"). Registered once per process. The files
// are Inter without its OpenType layout tables (scripts/build-pdf-fonts.sh says why).

export const PDF_FONT_FAMILY = "FacturoInter";

const FONT_DIR = path.join(process.cwd(), "lib", "pdf", "fonts");

let registered = false;

/** The TTF files the PDF embeds (also read by the page planner's text measure). */
export function pdfFontFiles(): { regular: string; bold: string } {
  return { regular: path.join(FONT_DIR, "Inter-Regular.ttf"), bold: path.join(FONT_DIR, "Inter-Bold.ttf") };
}

export function registerPdfFonts(): void {
  if (registered) return;
  const files = pdfFontFiles();
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
    ],
  });
  // Words are never split with hyphens on an invoice (a split reference or IBAN misleads),
  // and skipping the hyphenation dictionary is the largest saving on long documents.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
