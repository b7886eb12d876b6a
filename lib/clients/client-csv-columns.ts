import type { CsvColumn } from "@/lib/csv/map-columns";
import { getMessages } from "@/lib/i18n/get-messages";
import { locales, type Locale } from "@/lib/i18n/locales";
import { toSearchText } from "@/lib/text/search-text";
import { clientKinds, type ClientKind, type ClientRawInput } from "./client-schema";
import { COMMON_COUNTRIES } from "./countries";

// The clients CSV format, one place for export and import. One column per clientInput field,
// headers in the user's language (csvColumns.clients.*), either language accepted back.
// Cells: kind as a label ("Entreprise"/"Company") or code; emails separated by ", " (any of
// , ; or spaces on import); countries as ISO codes (names of common countries accepted);
// "End of month" as oui/non, yes/no; language as fr/en. Groups are not part of the file.

export const clientCsvFields = [
  "kind",
  "legalName",
  "firstName",
  "lastName",
  "siren",
  "siret",
  "vatNumber",
  "emails",
  "phone",
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
  "paymentTermsDays",
  "paymentTermsEndOfMonth",
  "language",
  "notes",
] as const;
export type ClientCsvField = (typeof clientCsvFields)[number];

// What no row can do without; the rest is checked row by row (legal name or first/last name
// depending on the kind, postal code for France…).
const required: ReadonlySet<ClientCsvField> = new Set(["emails", "billingAddressLine1", "billingCity"]);

const extraHeaders: Partial<Record<ClientCsvField, string[]>> = {
  kind: ["type de client", "client type"],
  legalName: ["société", "entreprise", "company", "dénomination"],
  emails: ["e-mail", "email", "adresse e-mail", "email address"],
  phone: ["tél", "tel", "telephone"],
  billingAddressLine1: ["adresse", "address"],
  billingPostalCode: ["code postal", "postal code", "cp"],
  billingCity: ["ville", "city"],
  billingCountry: ["pays", "country"],
  vatNumber: ["numéro de TVA", "TVA intracommunautaire"],
};

export const clientCsvColumns: CsvColumn<ClientCsvField>[] = clientCsvFields.map((field) => ({
  field,
  required: required.has(field),
  headers: [...locales.map((locale) => getMessages(locale).csvColumns.clients[field]), ...(extraHeaders[field] ?? [])],
}));

export function clientCsvLabel(field: ClientCsvField, locale: Locale): string {
  return getMessages(locale).csvColumns.clients[field];
}

function aliasMap<Value extends string>(entries: [Value, string[]][]): Map<string, Value> {
  const map = new Map<string, Value>();
  for (const [value, names] of entries) for (const name of [value, ...names]) map.set(toSearchText(name), value);
  return map;
}

const kindAliases = aliasMap<ClientKind>(
  clientKinds.map((kind) => [
    kind,
    [
      ...locales.map((locale) => getMessages(locale).clients.kinds[kind]),
      ...(kind === "COMPANY"
        ? ["société", "professionnel", "pro", "business", "entreprise", "company"]
        : ["personne", "personne physique", "person", "private", "individual", "particulier"]),
    ],
  ]),
);

const languageAliases = aliasMap<"fr" | "en">([
  ["fr", ["français", "francais", "french", "fr-FR"]],
  ["en", ["anglais", "english", "en-GB", "en-US"]],
]);

const countryAliases = aliasMap<string>(
  COMMON_COUNTRIES.map((code) => [
    code,
    locales.map(
      (locale) => new Intl.DisplayNames([locale === "fr" ? "fr-FR" : "en-GB"], { type: "region" }).of(code) ?? code,
    ),
  ]),
);

const YES = { fr: "oui", en: "yes" } as const;
const NO = { fr: "non", en: "no" } as const;

/** One CSV record (cells by field) → clientInput's raw shape. Unknown values go through to fail there. */
export function clientCsvRawInput(cell: (field: ClientCsvField) => string): ClientRawInput {
  const raw: ClientRawInput = {};
  for (const field of clientCsvFields) raw[field] = cell(field);
  const kind = cell("kind").trim();
  // No kind column (or an empty cell): a company when it has a legal name, a person otherwise.
  raw.kind =
    kind === "" ? (cell("legalName").trim() ? "COMPANY" : "INDIVIDUAL") : (kindAliases.get(toSearchText(kind)) ?? kind);
  for (const field of ["billingCountry", "deliveryCountry"] as const) {
    const value = cell(field).trim();
    raw[field] = countryAliases.get(toSearchText(value)) ?? value;
  }
  const language = cell("language").trim();
  raw.language = languageAliases.get(toSearchText(language)) ?? language;
  return raw;
}

export type ClientCsvSource = {
  [Field in Exclude<ClientCsvField, "emails" | "paymentTermsDays" | "paymentTermsEndOfMonth">]: string | null;
} & {
  kind: ClientKind;
  emails: string[];
  paymentTermsDays: number | null;
  paymentTermsEndOfMonth: boolean | null;
};

/** A client → its CSV cells in the locale's conventions. */
export function clientCsvCells(client: ClientCsvSource, locale: Locale): Record<ClientCsvField, string> {
  const cells = {} as Record<ClientCsvField, string>;
  for (const field of clientCsvFields) {
    const value = client[field];
    cells[field] = typeof value === "string" ? value : "";
  }
  cells.kind = getMessages(locale).clients.kinds[client.kind];
  cells.emails = client.emails.join(", ");
  cells.paymentTermsDays = client.paymentTermsDays === null ? "" : String(client.paymentTermsDays);
  cells.paymentTermsEndOfMonth =
    client.paymentTermsEndOfMonth === null ? "" : client.paymentTermsEndOfMonth ? YES[locale] : NO[locale];
  return cells;
}
