import type { Prisma } from "@/lib/generated/prisma/client";
import { toSearchText } from "@/lib/text/search-text";
import type { ClientInput } from "./client-schema";

// Pure: validated input → the columns of a Client row. Every write (form, import, seed) goes
// through here, so `name` and `searchText` can never disagree with the fields they come from.

/** Display and sort name: the legal name of a company, "First Last" of a person. */
export function clientDisplayName(input: Pick<ClientInput, "kind" | "legalName" | "firstName" | "lastName">): string {
  if (input.kind === "COMPANY") return input.legalName ?? "";
  return [input.firstName, input.lastName].filter(Boolean).join(" ");
}

/** What the list search matches (lowercase, no accents): see Client.searchText. */
export function clientSearchText(input: ClientInput, name = clientDisplayName(input)): string {
  return toSearchText(
    name,
    input.legalName,
    input.firstName,
    input.lastName,
    ...input.emails,
    input.siren,
    input.siret,
    input.vatNumber,
    input.billingCity,
  );
}

/** The columns an update writes (everything but the organization). */
export function clientWriteData(input: ClientInput) {
  const name = clientDisplayName(input);
  return { ...input, name, searchText: clientSearchText(input, name) } satisfies Prisma.ClientUpdateManyMutationInput;
}

/** A row for `client.create` / `client.createMany`, in the given organization. */
export function buildClientData(input: ClientInput, organizationId: string): Prisma.ClientCreateManyInput {
  return { organizationId, ...clientWriteData(input) };
}
