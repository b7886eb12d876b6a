import { buildClientData, clientDisplayName } from "@/lib/clients/client-data";
import { clientToFormValues } from "@/lib/clients/client-form-data";
import { clientInput, keptEmailIndexes, validateClientRows } from "@/lib/clients/client-schema";
import { containsPattern } from "@/lib/clients/search-clients-sql";

const company = {
  kind: "COMPANY",
  legalName: "Société Générale",
  billingAddressLine1: "29 bd Haussmann",
  billingPostalCode: "75009",
  billingCity: "Paris",
  emails: "Compta@SocGen.example; achats@socgen.example, compta@socgen.example",
};

describe("clientInput (pure: the form, the actions and the import share it)", () => {
  it("accepts CSV-like strings: emails in one cell, yes/no flags, numbers as text", () => {
    const parsed = clientInput.parse({
      ...company,
      paymentTermsDays: "30",
      paymentTermsEndOfMonth: "oui",
      language: "en",
    });
    expect(parsed).toMatchObject({
      emails: ["compta@socgen.example", "achats@socgen.example"],
      paymentTermsDays: 30,
      paymentTermsEndOfMonth: true,
      language: "en",
      billingCountry: "FR",
    });
  });

  it("derives the name and the accent-free search text", () => {
    const data = buildClientData(clientInput.parse(company), "org-1");
    expect(data).toMatchObject({ organizationId: "org-1", name: "Société Générale" });
    expect(data.searchText).toBe("societe generale societe generale compta@socgen.example achats@socgen.example paris");
    expect(clientDisplayName({ kind: "INDIVIDUAL", legalName: null, firstName: "Émile", lastName: "Zola" })).toBe(
      "Émile Zola",
    );
  });

  it("reports every bad row of a batch with its index", () => {
    const result = validateClientRows([company, { ...company, siren: "1" }, { ...company, kind: "X" }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.row)).toEqual([1, 2]);
  });

  it("maps email errors back to the inputs that hold them", () => {
    expect(keptEmailIndexes(["a@x.fr", "", "A@x.fr", "b@x.fr"])).toEqual([0, 3]);
  });

  it("gives a stored client back as form strings", () => {
    const values = clientToFormValues({
      ...clientInput.parse(company),
      paymentTermsDays: 45,
      paymentTermsEndOfMonth: true,
    });
    expect(values).toMatchObject({
      paymentTermsDays: "45",
      paymentTermsEndOfMonth: "true",
      emails: "compta@socgen.example\nachats@socgen.example",
    });
    expect(values).not.toHaveProperty("siren");
  });

  it("escapes LIKE wildcards in searches", () => {
    expect(containsPattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});
