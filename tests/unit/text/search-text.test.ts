import { toSearchText } from "@/lib/text/search-text";

describe("toSearchText", () => {
  it("lowercases, strips accents and joins the parts", () => {
    expect(toSearchText("Société  Générale", null, "ÉLODIE@Exemple.fr", undefined)).toBe(
      "societe generale elodie@exemple.fr",
    );
  });
  it("handles ligature-free French letters and cedillas", () => {
    expect(toSearchText("Garçon Hôtel Noël Ça")).toBe("garcon hotel noel ca");
  });
  it("is empty for nothing", () => {
    expect(toSearchText(null, "", undefined)).toBe("");
  });
});
