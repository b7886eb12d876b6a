import type { ClientRawInput } from "./client-schema";

// The client form's inputs carry the schema's field names; emails are repeated `emails`
// inputs. Shared by the server action and the form's live validation.

export const clientTextFields = [
  "kind",
  "legalName",
  "firstName",
  "lastName",
  "siren",
  "siret",
  "vatNumber",
  "billingAddressLine1",
  "billingAddressLine2",
  "billingPostalCode",
  "billingCity",
  "billingCountry",
  "deliveryAddressLine1",
  "deliveryAddressLine2",
  "deliveryPostalCode",
  "deliveryCity",
  "deliveryCountry",
  "phone",
  "paymentTermsDays",
  "paymentTermsEndOfMonth",
  "language",
  "notes",
  "auxiliaryAccount",
] as const satisfies readonly (keyof ClientRawInput)[];

export type ClientFormValues = Record<(typeof clientTextFields)[number], string> & { emails: string[] };

/** FormData → raw input for clientInput (a missing checkbox is "false"). */
export function clientRawFromForm(form: FormData): ClientRawInput {
  const raw: ClientRawInput = {};
  for (const field of clientTextFields) {
    const value = form.get(field);
    if (typeof value === "string") raw[field] = value;
  }
  raw.emails = form.getAll("emails").filter((value): value is string => typeof value === "string");
  return raw;
}

/** What the form shows back after a refusal, as typed (emails joined by line breaks). */
export function clientFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of clientTextFields) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value;
  }
  values.emails = form
    .getAll("emails")
    .filter((value): value is string => typeof value === "string")
    .join("\n");
  return values;
}

/** A stored client → the form's initial values (numbers and flags as the inputs hold them). */
export function clientToFormValues(
  client: Partial<Record<(typeof clientTextFields)[number], unknown>> & { emails: string[] },
) {
  const values: Record<string, string> = {};
  for (const field of clientTextFields) {
    const value = client[field];
    if (value !== null && value !== undefined) values[field] = String(value);
  }
  values.emails = client.emails.join("\n");
  return values;
}
