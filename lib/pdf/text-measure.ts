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
  /** The lines themselves: greedy wrapping at spaces, paragraph by paragraph (at least one). */
  wrap(text: string, width: number, style: TextStyle): string[];
};

type Face = {
  font: fontkit.Font;
  unitsPerEm: number;
  lineHeightUnits: number;
  advance: (codePoint: number) => number;
};

function openFace(file: string): Face {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font;
  const cache = new Map<number, number>();
  return {
    font,
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

/** The fontkit fonts of the embedded files, loaded once (the table is drawn with them). */
export function pdfFonts(): { regular: fontkit.Font; bold: fontkit.Font } {
  const { regular, bold } = loadFaces();
  return { regular: regular.font, bold: bold.font };
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

  // Greedy wrapping at spaces, paragraph by paragraph. A word wider than the line is cut
  // where the line is full (no hyphen: a cut reference or IBAN must read as one).
  const wrap = (text: string, available: number, style: TextStyle): string[] => {
    const space = width(" ", style);
    const lines: string[] = [];
    // Windows line ends and tabs (pasted descriptions) would print as missing glyphs.
    const plain = text.replace(/\r\n?/g, "\n").replace(/\t/g, " ");
    for (const paragraph of plain.split("\n")) {
      let current = "";
      let currentWidth = 0;
      const push = () => {
        lines.push(current);
        current = "";
        currentWidth = 0;
      };
      for (const word of paragraph.split(" ")) {
        const wordWidth = width(word, style);
        const next = current === "" ? wordWidth : currentWidth + space + wordWidth;
        if (next <= available || (current === "" && wordWidth <= available)) {
          current = current === "" ? word : `${current} ${word}`;
          currentWidth = next;
          continue;
        }
        if (current !== "") push();
        if (wordWidth <= available) {
          current = word;
          currentWidth = wordWidth;
          continue;
        }
        let piece = "";
        let pieceWidth = 0;
        for (const char of word) {
          const charWidth = width(char, style);
          if (piece !== "" && pieceWidth + charWidth > available) {
            lines.push(piece);
            piece = "";
            pieceWidth = 0;
          }
          piece += char;
          pieceWidth += charWidth;
        }
        current = piece;
        currentWidth = pieceWidth;
      }
      lines.push(current);
    }
    return lines;
  };

  return {
    width,
    lineHeight: (size) => (regular.lineHeightUnits / regular.unitsPerEm) * size,
    lineCount(text, available, style) {
      return wrap(text, available, style).length;
    },
    wrap,
  };
}
