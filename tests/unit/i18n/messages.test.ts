import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe("message catalogues", () => {
  it("have the same keys in French and English", () => {
    expect(leaves(en).map(([key]) => key)).toEqual(leaves(fr).map(([key]) => key));
  });

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s has no empty text", (_locale, catalogue) => {
    const empty = leaves(catalogue).filter(([, text]) => typeof text !== "string" || text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("is actually translated (English differs from French for sentences)", () => {
    expect(en.landing.headline).not.toBe(fr.landing.headline);
    expect(en.pages.invoices.emptyBody).not.toBe(fr.pages.invoices.emptyBody);
  });
});
