/**
 * FEC benchmark: `npm run bench:fec [-- --invoices N --clients N]`.
 *
 * Seeds one organization with N invoices (100,000 by default; `--invoices 1000000` for a
 * million) over last year, their lines, payments and credit notes, by SQL alone (INSERT …
 * SELECT generate_series), in the PostgreSQL database of DATABASE_URL (a new organization,
 * deleted at the end) or a throwaway PGlite in a temporary folder. Then, in a child process
 * (so that its peak RSS is the export's alone, not the seeding's), streams last year's FEC
 * through the route's own path (exportFec → streamLines → a byte stream) to /dev/null and
 * prints lines, lines/s and peak RSS (process.resourceUsage().maxRSS), next to the anchor
 * measured in the same process: the same number of plain lines through the same stream path.
 * Issue 12's target: ≥ 50,000 lines/s, and a peak RSS that does not grow with N.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { adapterForPglite, openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { createPgliteReady } from "@/lib/db/pglite";
import { closeDb, installDb } from "@/lib/db/prisma";
import { applyMigrations } from "@/lib/db/schema-engine";
import { exportFec } from "@/lib/exports/fec/export-fec";
import { fecDocumentsSql, fecPaymentsSql } from "@/lib/exports/fec/fec-sql";
import { streamLines } from "@/lib/exports/stream-lines";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(args[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const text = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? null : (args[index + 1] ?? null);
};
const INVOICES = option("invoices", 100_000);
const CLIENTS = option("clients", 2_000);
const MIGRATIONS = path.resolve(import.meta.dirname, "..", "prisma", "migrations");

const year = String(new Date().getUTCFullYear() - 1);
const period = { from: `${year}-01-01`, to: `${year}-12-31` };

async function open(dataDir: string | null): Promise<{ adapter: OpenedAdapter; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url) return { adapter: openAdapter({ kind: "postgres", url }), where: "PostgreSQL (DATABASE_URL)" };
  const pglite = await createPgliteReady({ dataDir: dataDir! });
  return { adapter: adapterForPglite(pglite), where: `throwaway PGlite (${dataDir})` };
}

/**
 * The period's data in SQL. Triggers are off for the seeding transaction
 * (session_replication_role): they guard the app's own writes (lines only on drafts, payments
 * within the balance) and keep paidCents/creditedCents, none of which the FEC reads.
 * Per invoice: a service line (20 %, 1 in 7 at 10 %, 1 in 11 at 5,5 %) and, 1 in 3, a goods
 * line at 20 %; 1 in 20 is a deposit invoice. Payments: 7 in 10 paid in full, 1 in 10 in two
 * payments, 1 in 10 in part, 1 in 10 not at all, by transfer, card, cheque, cash or other,
 * 0–44 days after issue; 1 in 100 cancelled by a credit note ten days later.
 */
async function seed(client: PrismaClient, organizationId: string) {
  await client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "Client" ("id", "organizationId", "kind", "name", "legalName", "emails", "updatedAt")
         SELECT 'fec-cl-' || $1 || '-' || i, $1, 'COMPANY', 'Client ' || i || ' SARL', 'Client ' || i || ' SARL',
           ARRAY['client' || i || '@example.test'], now()
         FROM generate_series(0, $2 - 1) AS i`,
        organizationId,
        CLIENTS,
      );
      // One row per invoice with its line amounts; totals and breakdown follow from them.
      await tx.$executeRawUnsafe(
        `CREATE TEMP TABLE fec_seed ON COMMIT DROP AS
         SELECT i, 'fec-inv-' || $1 || '-' || i AS id,
           CASE WHEN i % 20 = 7 THEN 'DEPOSIT_INVOICE' ELSE 'INVOICE' END AS type,
           $3::date + (i::bigint * 365 / $2)::int AS day,
           1000 + (i * 7919) % 99000 AS net1,
           CASE WHEN i % 7 = 0 THEN 1000 WHEN i % 11 = 0 THEN 550 ELSE 2000 END AS rate1,
           CASE WHEN i % 3 = 0 THEN 500 + (i * 104729) % 49500 ELSE 0 END AS net2
         FROM generate_series(0::bigint, $2 - 1) AS i`,
        organizationId,
        INVOICES,
        period.from,
      );
      await tx.$executeRawUnsafe(
        `ALTER TABLE fec_seed ADD COLUMN breakdown jsonb, ADD COLUMN excl int, ADD COLUMN vat int`,
      );
      await tx.$executeRawUnsafe(
        `UPDATE fec_seed SET
           breakdown = CASE
             WHEN net2 = 0 THEN jsonb_build_array(jsonb_build_object('vatRateBps', rate1, 'baseCents', net1, 'vatCents', round(net1 * rate1 / 10000.0)::int))
             WHEN rate1 = 2000 THEN jsonb_build_array(jsonb_build_object('vatRateBps', 2000, 'baseCents', net1 + net2, 'vatCents', round((net1 + net2) * 0.2)::int))
             ELSE jsonb_build_array(
               jsonb_build_object('vatRateBps', 2000, 'baseCents', net2, 'vatCents', round(net2 * 0.2)::int),
               jsonb_build_object('vatRateBps', rate1, 'baseCents', net1, 'vatCents', round(net1 * rate1 / 10000.0)::int))
           END,
           excl = net1 + net2`,
      );
      await tx.$executeRawUnsafe(
        `UPDATE fec_seed SET vat = (SELECT sum((e->>'vatCents')::int) FROM jsonb_array_elements(breakdown) e)`,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "Document" ("id", "organizationId", "type", "status", "clientId", "series", "sequence", "number",
           "issueDate", "dueDate", "totalExclVatCents", "totalVatCents", "totalInclVatCents", "vatBreakdown",
           "issuedAt", "createdAt", "updatedAt")
         SELECT s.id, $1, s.type::"DocumentType", 'ISSUED', 'fec-cl-' || $1 || '-' || ((s.i * 37) % $2),
           s.type || '-' || $3, s.i + 1,
           CASE s.type WHEN 'INVOICE' THEN 'F-' ELSE 'AC-' END || $3 || '-' || lpad((s.i + 1)::text, 7, '0'),
           s.day, s.day + 30, s.excl, s.vat, s.excl + s.vat, s.breakdown, s.day::timestamp, now(), now()
         FROM fec_seed s`,
        organizationId,
        CLIENTS,
        year,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "DocumentLine" ("id", "organizationId", "documentId", "position", "description", "quantityMilli",
           "unit", "unitPriceCents", "vatRateBps", "netCents", "kind")
         SELECT s.id || '-1', $1, s.id, 1, 'Prestation', 1000, 'forfait', s.net1, s.rate1, s.net1, 'SERVICE'::"ArticleKind" FROM fec_seed s
         UNION ALL
         SELECT s.id || '-2', $1, s.id, 2, 'Fournitures', 1000, 'piece', s.net2, 2000, s.net2, 'GOODS'::"ArticleKind"
         FROM fec_seed s WHERE s.net2 > 0`,
        organizationId,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "Payment" ("id", "organizationId", "documentId", "date", "amountCents", "method", "reference")
         SELECT 'fec-pay-' || s.id || '-' || part, $1, s.id, s.day + ((s.i % 45) + part * 10)::int,
           CASE
             WHEN s.i % 10 < 7 THEN s.excl + s.vat
             WHEN s.i % 10 = 7 AND part = 0 THEN (s.excl + s.vat) * 2 / 5
             WHEN s.i % 10 = 7 THEN (s.excl + s.vat) - (s.excl + s.vat) * 2 / 5
             ELSE (s.excl + s.vat) * 2 / 5
           END,
           (ARRAY['TRANSFER', 'CARD', 'CHEQUE', 'CASH', 'OTHER'])[1 + (s.i + part) % 5]::"PaymentMethod",
           'REF-' || s.i || '-' || part
         FROM fec_seed s CROSS JOIN generate_series(0, 1) AS part
         WHERE s.i % 100 <> 50 AND s.i % 10 <> 9 AND (part = 0 OR s.i % 10 = 7)`,
        organizationId,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "Document" ("id", "organizationId", "type", "status", "clientId", "series", "sequence", "number",
           "issueDate", "creditedInvoiceId", "totalExclVatCents", "totalVatCents", "totalInclVatCents", "vatBreakdown",
           "issuedAt", "createdAt", "updatedAt")
         SELECT 'fec-cn-' || s.id, $1, 'CREDIT_NOTE', 'ISSUED', 'fec-cl-' || $1 || '-' || ((s.i * 37) % $2),
           'CREDIT_NOTE-' || $3, s.i + 1, 'AV-' || $3 || '-' || lpad((s.i + 1)::text, 7, '0'),
           s.day + 10, s.id, s.excl, s.vat, s.excl + s.vat, s.breakdown, (s.day + 10)::timestamp, now(), now()
         FROM fec_seed s WHERE s.i % 100 = 50 AND s.type = 'INVOICE'`,
        organizationId,
        CLIENTS,
        year,
      );
    },
    { timeout: 60 * 60 * 1000 },
  );
  await client.$executeRawUnsafe(`ANALYZE "Document"`);
  await client.$executeRawUnsafe(`ANALYZE "Payment"`);
  await client.$executeRawUnsafe(`ANALYZE "DocumentLine"`);
  await client.$executeRawUnsafe(`ANALYZE "Client"`);
}

/**
 * Streams `lines` the way the route does (streamLines, 64 KB chunks) into /dev/null, counting
 * the lines by their ends (the export hands over pieces of several whole lines).
 */
async function toDevNull(
  lines: AsyncGenerator<string>,
): Promise<{ count: number; seconds: number; firstEntrySeconds: number }> {
  let count = 0;
  let firstEntry = 0;
  async function* counted(): AsyncGenerator<string> {
    for await (const piece of lines) {
      for (let at = piece.indexOf("\n"); at !== -1; at = piece.indexOf("\n", at + 1)) count += 1;
      if (firstEntry === 0 && count > 1) firstEntry = performance.now();
      yield piece;
    }
  }
  const start = performance.now();
  const stream = streamLines(counted()) as unknown as NodeReadableStream<Uint8Array>;
  await pipeline(Readable.fromWeb(stream), createWriteStream("/dev/null"));
  return { count, seconds: (performance.now() - start) / 1000, firstEntrySeconds: (firstEntry - start) / 1000 };
}

/** The child: the export, then the anchor, as one JSON line. */
async function exportOnly(organizationId: string, dataDir: string | null) {
  const { adapter } = await open(dataDir);
  installDb(adapter);
  try {
    const member = {
      userId: "bench",
      sessionId: "bench",
      organizationId,
      organizationName: "Bench",
      role: "OWNER" as const,
    };
    const file = await exportFec(member, period);
    const fec = await toDevNull(file.lines);
    const fecMaxRssKb = process.resourceUsage().maxRSS;
    const line =
      "VT\tJournal des ventes\tVT000001\t20250101\t706000\tPrestations de services\t\t\tF-2025-0000001\t20250101\tPrestations de services 20 %\t0,00\t1234,56\t\t\t20250101\t\t\r\n";
    async function* plain(): AsyncGenerator<string> {
      for (let index = 0; index < fec.count; index++) yield line;
    }
    const anchor = await toDevNull(plain());
    console.log(JSON.stringify({ fec, fecMaxRssKb, anchor }));
  } finally {
    await closeDb();
  }
}

async function main() {
  const exportOrganization = text("export-organization");
  if (exportOrganization) return exportOnly(exportOrganization, text("data-dir"));

  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), "facturo-fec-"));
  const { adapter, where } = await open(dataDir);
  if (dataDir) await applyMigrations(adapter.factory, MIGRATIONS);
  const client = installDb(adapter);
  const organization = await client.organization.create({
    data: {
      name: "Benchmark FEC",
      slug: `bench-fec-${randomUUID().slice(0, 8)}`,
      settings: { create: { legalName: "Benchmark FEC SAS", siren: "552120222" } },
    },
  });
  try {
    console.log(`Database: ${where}`);
    const seedStart = performance.now();
    await seed(client, organization.id);
    const [counts] = await client.$queryRawUnsafe<{ documents: number; payments: number }[]>(
      `SELECT (SELECT count(*)::int FROM "Document" WHERE "organizationId" = $1) AS documents,
              (SELECT count(*)::int FROM "Payment" WHERE "organizationId" = $1) AS payments`,
      organization.id,
    );
    console.log(
      `Seeded ${INVOICES.toLocaleString("en")} invoices (${counts!.documents.toLocaleString("en")} documents with credit notes, ` +
        `${counts!.payments.toLocaleString("en")} payments, ${CLIENTS} clients) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    if (args.includes("--explain")) {
      for (const [label, sql, params] of [
        ["sales journal", fecDocumentsSql, [organization.id, period.from, period.to]],
        ["receipts journals", fecPaymentsSql, [organization.id, period.from, period.to]],
      ] as const) {
        const plan = await client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${sql}`, ...params);
        console.log(`\n── ${label} ──\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
      }
    }
    // PGlite has no file lock: the parent lets go of the folder before the child opens it.
    if (dataDir) await closeDb();
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        import.meta.filename,
        "--export-organization",
        organization.id,
        ...(dataDir ? ["--data-dir", dataDir] : []),
      ],
      { encoding: "utf8", env: process.env, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`The export process failed (exit ${child.status})`);
    const result = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as {
      fec: { count: number; seconds: number; firstEntrySeconds: number };
      fecMaxRssKb: number;
      anchor: { count: number; seconds: number };
    };
    const rate = result.fec.count / result.fec.seconds;
    const anchorRate = result.anchor.count / result.anchor.seconds;
    console.log(
      `FEC ${period.from}..${period.to}: ${result.fec.count.toLocaleString("en")} lines in ${result.fec.seconds.toFixed(1)} s = ` +
        `${Math.round(rate).toLocaleString("en")} lines/s (target ≥ 50,000: ${rate >= 50_000 ? "met" : "not met"}), ` +
        `peak RSS ${Math.round(result.fecMaxRssKb / 1024)} MB; first entry line after ${result.fec.firstEntrySeconds.toFixed(1)} s ` +
        `(the sales query's lettering and sort, before its first row)`,
    );
    console.log(
      `Anchor, the same number of plain lines through streamLines → /dev/null: ${Math.round(anchorRate).toLocaleString("en")} lines/s; ` +
        `FEC at ${((rate / anchorRate) * 100).toFixed(1)} % of it`,
    );
  } finally {
    if (!dataDir && !args.includes("--keep")) await deleteOrganization(client, organization.id);
    await closeDb();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

/** Leaves DATABASE_URL's database as it was (triggers refuse deleting issued documents: off here). */
async function deleteOrganization(client: PrismaClient, organizationId: string) {
  await client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      for (const table of ["Payment", "DocumentLine", "Document", "Client", "OrganizationSettings"]) {
        await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "organizationId" = $1`, organizationId);
      }
      await tx.$executeRawUnsafe(`DELETE FROM "Organization" WHERE "id" = $1`, organizationId);
    },
    { timeout: 30 * 60 * 1000 },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
