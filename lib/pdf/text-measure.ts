import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { pdfFontFiles } from "./register-fonts";

// Text measurement with the very font files the PDF embeds, for the page planner: how wide a
// string is and how many lines it takes in a given width. The fonts carry no OpenType layout
// tables (scripts/build-pdf-fonts.sh), so a string's width is the sum of its glyphs'
// advances — what react-pdf's text layout computes too.

export type TextStyle = { size: number; bold?: boolean };

export type TextMeasure = {
  /** Width of one line of text, in points. */
  width(text: string, style: TextStyle): number;
  /** Height of one line (ascent − descent + line gap), in points. */
  lineHeight(size: number): number;
  /** Number of lines the text takes when wrapped in `width` points (≥ 1, even when empty). */
  lineCount(text: string, width: number, style: TextStyle): number;
};

type Face = { unitsPerEm: number; lineHeightUnits: number; advance: (codePoint: number) => number };

function openFace(file: string): Face {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font;
  const cache = new Map<number, number>();
  return {
    unitsPerEm: font.unitsPerEm,
    lineHeightUnits: font.ascent - font.descent + font.lineGap,
    advance(codePoint) {
      let value = cache.get(codePoint);
      if (value === undefined) {
        value = font.glyphForCodePoint(codePoint).advanceWidth;
        cache.set(codePoint, value);
      }
      return value;
    },
  };
}

let faces: { regular: Face; bold: Face } | null = null;

function loadFaces() {
  if (!faces) {
    const files = pdfFontFiles();
    faces = { regular: openFace(files.regular), bold: openFace(files.bold) };
  }
  return faces;
}

export function createTextMeasure(): TextMeasure {
  const { regular, bold } = loadFaces();
  const faceOf = (style: TextStyle) => (style.bold ? bold : regular);

  const width = (text: string, style: TextStyle) => {
    const face = faceOf(style);
    let units = 0;
    for (const char of text) units += face.advance(char.codePointAt(0)!);
    return (units / face.unitsPerEm) * style.size;
  };

  return {
    width,
    lineHeight: (size) => (regular.lineHeightUnits / regular.unitsPerEm) * size,
    lineCount(text, available, style) {
      // Greedy wrapping at spaces, paragraph by paragraph. A word wider than the line is
      // counted as the lines its characters fill (react-pdf never hyphenates here).
      const space = width(" ", style);
      let lines = 0;
      for (const paragraph of text.split("\n")) {
        let current = 0;
        let paragraphLines = 1;
        for (const word of paragraph.split(" ")) {
          const wordWidth = width(word, style);
          if (wordWidth > available) {
            const extra = Math.ceil(wordWidth / available);
            paragraphLines += current > 0 ? extra : extra - 1;
            current = wordWidth - (extra - 1) * available;
            continue;
          }
          const next = current === 0 ? wordWidth : current + space + wordWidth;
          if (next > available && current > 0) {
            paragraphLines += 1;
            current = wordWidth;
          } else {
            current = next;
          }
        }
        lines += paragraphLines;
      }
      return Math.max(1, lines);
    },
  };
}
