/**
 * CSV import benchmark: `npm run bench:csv [-- --rows N]`.
 *
 * Builds a 10,000-row articles file and a 10,000-row clients file (French Excel format: ";",
 * decimal commas), then times the app's own functions on them — the preview (decode, parse,
 * every row through the zod schema, reference checks) and the all-or-nothing import (the same
 * checks again, then createMany by 1,000 in one transaction) — in a throwaway in-memory
 * PGlite, or in the PostgreSQL database of DATABASE_URL (in a new organization, deleted at
 * the end). Figures only, no thresholds (machines differ). CPU time is printed too: with PGlite
 * the database runs in this process, so on a busy machine it is closer to what an idle one
 * would take than the wall time.
 *
 * Runs with the "react-server" export condition (see package.json) so that the lib/ modules
 * marked `import "server-only"` load outside Next.js.
 */
import { randomUUID } from "node:crypto";
import { importArticlesCsv } from "@/lib/articles/import-articles-csv";
import { previewArticlesCsv } from "@/lib/articles/preview-articles-csv";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { importClientsCsv } from "@/lib/clients/import-clients-csv";
import { previewClientsCsv } from "@/lib/clients/preview-clients-csv";
import type { CsvPreview } from "@/lib/csv/csv-preview";
import { closeDb, db, installDb } from "@/lib/db/prisma";
import { openBenchDatabase } from "./open-bench-database";

const args = process.argv.slice(2);
const rowsIndex = args.indexOf("--rows");
const ROWS = rowsIndex >= 0 && Number(args[rowsIndex + 1]) > 0 ? Number(args[rowsIndex + 1]) : 10_000;

const UNITS = ["heure", "jour", "pièce", "forfait", "mois", "km", "kg", "m²", "séance"];
const VAT = ["20", "10", "5,5", "2,1", "0"];

function articlesFile(rows: number): string {
  const lines = ["Référence;Nom;Description;Unité;Prix unitaire HT;TVA (%);Type"];
  for (let i = 0; i < rows; i += 1) {
    const price = `${(i * 37) % 5000},${String(i % 100).padStart(2, "0")}`;
    const kind = i % 3 === 0 ? "Marchandise" : "Prestation";
    lines.push(
      `ART-${i};Article n°${i} « édition ${i % 7} »;"Description ${i}; avec séparateur";${UNITS[i % UNITS.length]};${price};${VAT[i % VAT.length]};${kind}`,
    );
  }
  return lines.join("\r\n");
}

const CITIES = [
  ["Paris", "75011"],
  ["Lyon", "69003"],
  ["Marseille", "13006"],
  ["Toulouse", "31000"],
  ["Nantes", "44000"],
];

function clientsFile(rows: number): string {
  const lines = [
    "Type;Raison sociale;Prénom;Nom;E-mails;Téléphone;Adresse de facturation;Code postal de facturation;Ville de facturation;Pays de facturation;Délai de paiement (jours);Fin de mois;Langue",
  ];
  for (let i = 0; i < rows; i += 1) {
    const [city, postalCode] = CITIES[i % CITIES.length]!;
    const company = i % 2 === 0;
    lines.push(
      [
        company ? "Entreprise" : "Particulier",
        company ? `Société ${i} SARL` : "",
        company ? "" : `Prénom${i}`,
        company ? "" : `Nom${i}`,
        `contact${i}@example.test, compta${i}@example.test`,
        "+33 1 23 45 67 89",
        `${i} rue de la République`,
        postalCode,
        city,
        "FR",
        i % 4 === 0 ? "30" : "",
        i % 4 === 0 ? "oui" : "",
        i % 5 === 0 ? "en" : "fr",
      ].join(";"),
    );
  }
  return lines.join("\r\n");
}

type Timing = { wallMs: number; cpuMs: number };

/** Wall time, and this process's CPU time (on a busy machine the wall time says little). */
async function timed<T>(run: () => Promise<T>): Promise<[T, Timing]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [result, { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }];
}

function line(label: string, { wallMs, cpuMs }: Timing, rows: number) {
  const perSecond = Math.round(rows / (wallMs / 1000)).toLocaleString("en-US");
  const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(6);
  console.log(
    `  ${label.padEnd(8)} ${seconds(wallMs)} s wall  ${seconds(cpuMs)} s CPU (this process)   ${perSecond} rows/s`,
  );
}

async function bench(
  label: string,
  text: string,
  member: MemberContext,
  preview: typeof previewArticlesCsv,
  importer: typeof importArticlesCsv,
) {
  const upload = { name: `${label}.csv`, bytes: new TextEncoder().encode(text) };
  console.log(
    `\n${label}: ${ROWS.toLocaleString("en-US")} rows, ${(upload.bytes.byteLength / 1024 / 1024).toFixed(2)} MB`,
  );
  const [result, previewMs] = await timed<CsvPreview>(() => preview(member, upload, "fr"));
  if (result.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(result.errors.slice(0, 3))}`);
  line("preview", previewMs, ROWS);
  const [imported, importMs] = await timed(() =>
    importer(member, upload, "fr", { ip: null, userAgent: "bench" }, { fingerprint: result.fingerprint }),
  );
  if (imported.created !== ROWS) throw new Error(`created ${imported.created} of ${ROWS}`);
  line("import", importMs, ROWS);
}

async function main() {
  const { adapter, where } = await openBenchDatabase();
  installDb(adapter);
  const suffix = randomUUID().slice(0, 8);
  const organization = await db.organization.create({ data: { name: "Benchmark CSV", slug: `bench-csv-${suffix}` } });
  const user = await db.user.create({ data: { name: "Bench", email: `bench-csv-${suffix}@example.test` } });
  try {
    await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "OWNER" } });
    const member: MemberContext = {
      userId: user.id,
      sessionId: "bench",
      organizationId: organization.id,
      organizationName: organization.name,
      role: "OWNER",
    };
    console.log(`Database: ${where}`);
    await bench("articles", articlesFile(ROWS), member, previewArticlesCsv, importArticlesCsv);
    await bench("clients", clientsFile(ROWS), member, previewClientsCsv, importClientsCsv);
  } finally {
    await db.organization.delete({ where: { id: organization.id } });
    await db.user.delete({ where: { id: user.id } });
    await closeDb();
  }
}

await main();
