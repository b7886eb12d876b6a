/** @jest-environment node */
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { pdfFontFiles } from "@/lib/pdf/register-fonts";
import { createTextMeasure } from "@/lib/pdf/text-measure";

const measure = createTextMeasure();
const body = { size: 8.5 };

describe("text measure (the fonts the PDF embeds)", () => {
  it("measures widths from the glyphs' advances: additive, proportional to size, bold wider", () => {
    const a = measure.width("Facture", body);
    const b = measure.width(" n° 12", body);
    expect(a).toBeGreaterThan(20);
    expect(measure.width("Facture n° 12", body)).toBeCloseTo(a + b, 6);
    expect(measure.width("Facture", { size: 17 })).toBeCloseTo(2 * a, 6);
    expect(measure.width("Facture", { size: 8.5, bold: true })).toBeGreaterThan(a);
    expect(measure.width("", body)).toBe(0);
  });

  it("gives the font's own line height (ascent − descent + gap), proportional to size", () => {
    // Inter: ascent 1984, descent −494, gap 0 on 2048 units per em.
    expect(measure.lineHeight(10)).toBeCloseTo((2478 / 2048) * 10, 6);
    expect(measure.lineHeight(20)).toBeCloseTo(2 * measure.lineHeight(10), 6);
  });

  it("wraps at spaces, greedily, paragraph by paragraph", () => {
    const word = "développement";
    const wordWidth = measure.width(word, body);
    const space = measure.width(" ", body);
    const two = `${word} ${word}`;
    expect(measure.lineCount(two, 2 * wordWidth + space + 0.01, body)).toBe(1);
    expect(measure.lineCount(two, 2 * wordWidth + space - 0.01, body)).toBe(2);
    expect(measure.lineCount(`${word}\n${word}\n\n${word}`, 1000, body)).toBe(4);
    expect(measure.lineCount("", 100, body)).toBe(1);
  });

  it("reads Windows line ends as line breaks and tabs as spaces", () => {
    expect(measure.wrap("Ligne 1\r\nLigne 2\rLigne 3\tfin", 1000, body)).toEqual(["Ligne 1", "Ligne 2", "Ligne 3 fin"]);
  });

  it("counts a word wider than the line as the lines its characters fill", () => {
    const iban = "FR7630006000011234567890189";
    const width = measure.width(iban, body);
    expect(measure.lineCount(iban, width / 2.5, body)).toBe(3);
    expect(measure.lineCount(`IBAN ${iban}`, width / 2.5, body)).toBe(4);
  });

  it("the fonts (Inter without its layout tables) still map every character invoices print", () => {
    for (const file of Object.values(pdfFontFiles())) {
      const font = fontkit.create(readFileSync(file)) as fontkit.Font;
      for (const char of "àâçéèêëîïôûùüÿœŒÉ€«»’–—°\u00a0\u202fЖΩłńő") {
        expect([char, font.hasGlyphForCodePoint(char.codePointAt(0)!)]).toEqual([char, true]);
      }
      expect(font.availableFeatures).toEqual([]); // no GSUB/GPOS: nothing for fontkit to shape
    }
  });
});
