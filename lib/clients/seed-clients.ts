import type { PrismaClient } from "@/lib/generated/prisma/client";
import { frenchVatKey, luhnValid } from "@/lib/validation/french-identifiers";
import { buildClientData } from "./client-data";
import { clientInput, type ClientRawInput } from "./client-schema";

// Many plausible clients for demos and the list benchmark (bench/clients-list.ts, `db:seed
// -- --clients N`). Not "server-only": scripts call it with their own client. Deterministic:
// the same count gives the same names, so benchmark runs compare.

// prettier-ignore
const LAST_NAMES = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
  "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
  "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Légaré",
];
// prettier-ignore
const FIRST_NAMES = [
  "Camille", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Jules", "Manon", "Gabriel", "Zoé",
  "Arthur", "Jade", "Raphaël", "Émilie", "Noé", "Alice", "Théo", "Élise", "Lucas", "Margaux",
];
// prettier-ignore
const TRADES = [
  "Boulangerie", "Menuiserie", "Garage", "Cabinet", "Atelier", "Société", "Plomberie", "Imprimerie",
  "Électricité", "Librairie", "Pharmacie", "Transports",
];
const FORMS = ["SARL", "SAS", "SA", "EURL", "SASU", "SCI"];
// prettier-ignore
const CITIES: [string, string][] = [
  ["Paris", "75011"], ["Lyon", "69003"], ["Marseille", "13006"], ["Toulouse", "31000"], ["Nice", "06000"],
  ["Nantes", "44000"], ["Strasbourg", "67000"], ["Montpellier", "34000"], ["Bordeaux", "33000"], ["Lille", "59000"],
  ["Rennes", "35000"], ["Reims", "51100"], ["Saint-Étienne", "42000"], ["Le Havre", "76600"], ["Grenoble", "38000"],
  ["Dijon", "21000"], ["Angers", "49000"], ["Nîmes", "30000"], ["Besançon", "25000"], ["Orléans", "45000"],
];

/** Group names created by seedClients; about one client in ten joins the first of them. */
export const SEED_GROUPS = ["Grands comptes", "Particuliers fidèles", "Export"];

export type SeedClientsOptions = {
  /** Rows per createMany (one INSERT each). */
  batchSize?: number;
  /** Called after each batch with the number of rows written so far. */
  onProgress?: (written: number) => void;
  /** Makes names distinct across several seedings of the same organization. */
  offset?: number;
};

/** Valid SIREN for index i: 8 digits from i, then the Luhn check digit. */
export function seedSiren(index: number): string {
  const body = String(100_000_00 + (index % 90_000_000)).padStart(8, "0");
  for (let check = 0; check <= 9; check += 1) {
    const candidate = body + check;
    if (luhnValid(candidate)) return candidate;
  }
  throw new Error("unreachable: one check digit always fits");
}

/** The raw input of the i-th seeded client (validated by clientInput like any other). */
export function seedClientInput(index: number): ClientRawInput {
  const [city, postalCode] = CITIES[index % CITIES.length]!;
  const last = LAST_NAMES[(index * 7) % LAST_NAMES.length]!;
  const first = FIRST_NAMES[(index * 3) % FIRST_NAMES.length]!;
  const address = { billingAddressLine1: `${(index % 180) + 1} rue de la République`, billingPostalCode: postalCode };
  if (index % 3 === 0) {
    return {
      kind: "INDIVIDUAL",
      firstName: first,
      lastName: last,
      ...address,
      billingCity: city,
      emails: [`${ascii(first)}.${ascii(last)}.${index}@example.test`],
    };
  }
  const siren = seedSiren(index);
  return {
    kind: "COMPANY",
    legalName: `${TRADES[index % TRADES.length]} ${last} ${FORMS[index % FORMS.length]} ${index}`,
    siren,
    vatNumber: `FR${frenchVatKey(siren)}${siren}`,
    ...address,
    billingCity: city,
    emails: [`contact.${index}@${ascii(last)}.example.test`],
    paymentTermsDays: index % 2 === 0 ? "30" : "",
  };
}

function ascii(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

/**
 * Adds `count` clients (and the SEED_GROUPS, if missing) to an organization with createMany
 * batches. Not audited: it is test data, written by a script, not by a member.
 */
export async function seedClients(
  client: PrismaClient,
  organizationId: string,
  count: number,
  options: SeedClientsOptions = {},
): Promise<{ created: number; groupIds: string[] }> {
  const { batchSize = 1000, onProgress, offset = 0 } = options;
  const groupIds: string[] = [];
  for (const name of SEED_GROUPS) {
    const group = await client.clientGroup.upsert({
      where: { organizationId_name: { organizationId, name } },
      update: {},
      create: { organizationId, name },
      select: { id: true },
    });
    groupIds.push(group.id);
  }
  for (let start = 0; start < count; start += batchSize) {
    const indexes = Array.from({ length: Math.min(batchSize, count - start) }, (_, i) => offset + start + i);
    const rows = indexes.map((index) => buildClientData(clientInput.parse(seedClientInput(index)), organizationId));
    const created = await client.client.createManyAndReturn({ data: rows, select: { id: true } });
    const members = created.flatMap((row, i) =>
      indexes[i]! % 10 === 0 ? [{ organizationId, clientId: row.id, groupId: groupIds[0]! }] : [],
    );
    if (members.length > 0) await client.clientGroupMember.createMany({ data: members });
    onProgress?.(start + rows.length);
  }
  return { created: count, groupIds };
}
