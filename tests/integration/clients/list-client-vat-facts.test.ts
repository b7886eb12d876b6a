import { listClientVatFacts } from "@/lib/clients/list-client-vat-facts";
import { addClient, companyInput, personInput } from "../../support/client-factories";
import { createOrganizationWithMember } from "../../support/factories";
import { actingAs } from "../../support/member-factories";

describe("listClientVatFacts", () => {
  it("reads country, kind and VAT number of the organization's clients only", async () => {
    const own = await createOrganizationWithMember("OWNER");
    const other = await createOrganizationWithMember("OWNER");
    const member = await actingAs(own.user.id, own.organization.id, "clients.write");
    const stranger = await actingAs(other.user.id, other.organization.id, "clients.write");
    const german = await addClient(
      member,
      companyInput({ siren: "", billingCountry: "DE", vatNumber: "DE123456789", billingCity: "Berlin" }),
    );
    const person = await addClient(member, personInput());
    const foreign = await addClient(stranger, companyInput());

    const facts = await listClientVatFacts(member, [german.id, person.id, foreign.id]);
    expect(facts.get(german.id)).toEqual({ country: "DE", kind: "COMPANY", vatNumber: "DE123456789" });
    expect(facts.get(person.id)).toEqual({ country: "FR", kind: "INDIVIDUAL", vatNumber: null });
    // Another organization's client is not read.
    expect(facts.has(foreign.id)).toBe(false);
    expect(await listClientVatFacts(member, [])).toEqual(new Map());
  });
});
