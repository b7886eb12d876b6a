import { addressLines } from "@/lib/documents/address-lines";

const address = { line1: "5 avenue des Clients", line2: null, postalCode: "69003", city: "Lyon", country: "FR" };

describe("addressLines", () => {
  it("prints street, postal code and city, and no country line for France", () => {
    expect(addressLines(address, "fr")).toEqual(["5 avenue des Clients", "69003 Lyon"]);
  });

  it("names another country in the document's language", () => {
    const brussels = { ...address, postalCode: "1000", city: "Bruxelles", country: "BE" };
    expect(addressLines(brussels, "fr")).toEqual(["5 avenue des Clients", "1000 Bruxelles", "Belgique"]);
    expect(addressLines(brussels, "en")).toEqual(["5 avenue des Clients", "1000 Bruxelles", "Belgium"]);
  });

  it("drops blank parts", () => {
    expect(addressLines({ line1: "  ", line2: "Bât. B", postalCode: null, city: "Lyon", country: null }, "fr")).toEqual(
      ["Bât. B", "Lyon"],
    );
  });
});
