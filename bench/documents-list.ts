/**
 * Document lists benchmark: `npm run bench [-- --invoices N --clients N --runs R --full-plans]`.
 *
 * Seeds one organization with N invoices (100,000 by default), their payments, 1 % cancelling
 * credit notes and 10 % as many quotes (bench/seed-documents.ts, INSERT … SELECT), for
 * 2,000 clients (seedClients), in a throwaway in-memory PGlite, or in the PostgreSQL database
 * of DATABASE_URL (in a new organization, deleted at the end). Then:
 * - times the invoice list's own statements (findDocumentPage: summary of the filtered set +
 *   one page, exactly what /invoices runs) for the cases below and prints p50/p95, then the
 *   payments list and a client's balance;
 * - prints an EXPLAIN ANALYZE summary of each statement (node, rows, time; --full-plans for
 *   the whole plans);
 * - times 100 concurrent issues of draft invoices through the app's issueDocument.
 * Figures only: no thresholds (machines differ); read the plans.
 */
import { randomUUID } from "node:crypto";
import { seedClients } from "@/lib/clients/seed-clients";
import { calendarDate } from "@/lib/documents/calendar-date";
import {
  documentListQuerySchema,
  paymentListQuery,
  type DocumentListQuery,
} from "@/lib/documents/lists/document-list-query";
import {
  clientBalanceSql,
  documentPageSql,
  findDocumentPage,
  scopeOfList,
} from "@/lib/documents/lists/find-document-page";
import { findPaymentPage, paymentPageSql } from "@/lib/documents/lists/find-payment-page";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { closeDb, installDb } from "@/lib/db/prisma";
import { createDraft } from "@/lib/documents/create-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { pageWindow } from "@/lib/lists/list-query";
import { seedDocuments } from "./seed-documents";
import { openBenchDatabase } from "./open-bench-database";
import { percentile } from "./percentile";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(args[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const INVOICES = option("invoices", 100_000);
const CLIENTS = option("clients", 2_000);
const RUNS = option("runs", 20);
const FULL_PLANS = args.includes("--full-plans");
const WARMUP = 2;

type Figures = { p50: number; p95: number; cpu50: number };

/** Wall time p50/p95, and the p50 of this process's CPU time (with PGlite, the database's too). */
async function time(run: () => Promise<unknown>): Promise<Figures> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu50: percentile(cpu, 50) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function row(label: string, total: number | string, figures: Figures) {
  console.log(
    `${label.padEnd(44)} ${String(total).padStart(7)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)} ${figures.cpu50.toFixed(1).padStart(8)}`,
  );
}

/** EXPLAIN ANALYZE, summarized: one line per plan node (with its actual rows and time). */
async function explain(client: PrismaClient, label: string, statement: Prisma.Sql) {
  const plan = await client.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`);
  const lines = plan.map((line) => line["QUERY PLAN"]);
  const shown = FULL_PLANS
    ? lines
    : lines
        .filter(
          (line) => /->|^\S|Index Cond|Execution Time/.test(line) && !/^\s*(Buffers|Planning|Sort Method)/.test(line),
        )
        .map((line) => line.replace(/\(cost=[^)]*\) /, ""));
  console.log(`\n── ${label} ──\n${shown.join("\n")}`);
}

async function main() {
  const { adapter, where } = await openBenchDatabase();
  // The app's own client (lib/db/prisma): issueDocument below runs on it, as in the app.
  const client = installDb(adapter);
  const organization = await client.organization.create({
    data: { name: "Benchmark documents", slug: `bench-documents-${randomUUID().slice(0, 8)}` },
  });
  const today = calendarDate();
  try {
    console.log(`Database: ${where}`);
    let start = performance.now();
    await seedClients(client, organization.id, CLIENTS);
    console.log(`Seeded ${CLIENTS} clients in ${seconds(performance.now() - start)}.`);
    start = performance.now();
    const seeded = await seedDocuments(client, organization.id, {
      invoices: INVOICES,
      quotes: Math.round(INVOICES / 10),
      today,
    });
    console.log(
      `Seeded ${seeded.invoices} invoices, ${seeded.payments} payments, ${seeded.creditNotes} credit notes, ` +
        `${seeded.quotes} quotes in ${seconds(performance.now() - start)} (INSERT … SELECT generate_series).`,
    );
    // Statistics and visibility map as autovacuum leaves them on a PostgreSQL server (PGlite
    // runs no autovacuum).
    for (const table of ["Client", "Document", "Payment"]) await client.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);

    const scope = scopeOfList(organization.id, "invoices");
    const schema = documentListQuerySchema("invoices");
    const query = (params: Record<string, string>): DocumentListQuery => schema.parse(params);
    const someClient = await client.client.findFirstOrThrow({
      where: { organizationId: organization.id, documents: { some: {} } },
      select: { id: true },
    });
    const year = Number(today.slice(0, 4)) - 1;
    const cases: [string, DocumentListQuery][] = [
      ["default (issue date, newest first)", query({})],
      ["page 200", query({ page: "200" })],
      [`search number "${year}-0012"`, query({ q: `${year}-0012` })],
      ['search client "dupont"', query({ q: "dupont" })],
      ['search client "boulangerie" + page 3', query({ q: "boulangerie", page: "3" })],
      ["status OVERDUE", query({ status: "OVERDUE" })],
      ["status PAID", query({ status: "PAID" })],
      ["status PARTIALLY_PAID", query({ status: "PARTIALLY_PAID" })],
      ["status CANCELLED", query({ status: "CANCELLED" })],
      [`issue date in March ${year}`, query({ from: `${year}-03-01`, to: `${year}-03-31` })],
      ["total incl. VAT 1,000–1,200 €", query({ min: "1000", max: "1200" })],
      ["one client", query({ client: someClient.id })],
      ["sort number ↑", query({ sort: "number", dir: "asc" })],
      ["sort number ↓", query({ sort: "number", dir: "desc" })],
      ["sort date ↑", query({ sort: "date", dir: "asc" })],
      ["sort due date ↓", query({ sort: "dueDate", dir: "desc" })],
      ["sort client ↑", query({ sort: "client", dir: "asc" })],
      ["sort total ↓", query({ sort: "total", dir: "desc" })],
      ["sort status ↑", query({ sort: "status", dir: "asc" })],
      ["overdue, sorted by due date ↑", query({ overdue: "1", sort: "dueDate", dir: "asc" })],
    ];

    console.log(
      `\nInvoice list — ${RUNS} runs each (after ${WARMUP} warm-up): summary of the filtered set + ids of a page of 25 + ` +
        `its rows. "cpu p50" is this process's CPU time per run (with PGlite, the database's own work: a figure the ` +
        `other programs of a busy machine do not inflate).\n`,
    );
    console.log(
      `${"case".padEnd(44)} ${"total".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"cpu p50".padStart(8)}`,
    );
    for (const [label, listQuery] of cases) {
      const { total } = await findDocumentPage(client, scope, listQuery, today);
      row(label, total, await time(() => findDocumentPage(client, scope, listQuery, today)));
    }

    const paymentCases: [string, ReturnType<typeof paymentListQuery.parse>][] = [
      ["payments: default (date, newest first)", paymentListQuery.parse({})],
      ["payments: page 200", paymentListQuery.parse({ page: "200" })],
      ['payments: search reference "VIR-00012"', paymentListQuery.parse({ q: "VIR-00012" })],
      [
        "payments: method CHEQUE, one month",
        paymentListQuery.parse({ method: "CHEQUE", from: `${year}-03-01`, to: `${year}-03-31` }),
      ],
      ["payments: one client", paymentListQuery.parse({ client: someClient.id })],
    ];
    console.log("");
    for (const [label, listQuery] of paymentCases) {
      const { total } = await findPaymentPage(client, organization.id, listQuery);
      row(label, total, await time(() => findPaymentPage(client, organization.id, listQuery)));
    }
    row(
      "client balance (one client)",
      "",
      await time(() => client.$queryRaw(clientBalanceSql(organization.id, someClient.id, today))),
    );
    const clientScope = scopeOfList(organization.id, "client", someClient.id);
    const clientQuery = documentListQuerySchema("client").parse({});
    row(
      "client page documents (one client)",
      (await findDocumentPage(client, clientScope, clientQuery, today)).total,
      await time(() => findDocumentPage(client, clientScope, clientQuery, today)),
    );

    console.log("\nEXPLAIN ANALYZE (summary: plan nodes with actual rows and times)");
    for (const [label, listQuery] of cases) {
      const statements = documentPageSql(scope, listQuery, today);
      await explain(client, `${label}: summary`, statements.summary);
      await explain(client, `${label}: ids of the page`, statements.pageIds(pageWindow(listQuery)));
      if (label === "default (issue date, newest first)") {
        const ids = await client.$queryRaw<{ id: string }[]>(statements.pageIds(pageWindow(listQuery)));
        await explain(client, "any list: rows of the page", statements.rows(ids.map((row) => row.id)));
      }
    }
    for (const [label, listQuery] of paymentCases) {
      const statements = paymentPageSql(organization.id, listQuery);
      await explain(client, `${label}: summary`, statements.summary);
      await explain(client, `${label}: ids of the page`, statements.pageIds(pageWindow(listQuery)));
    }
    await explain(client, "client balance", clientBalanceSql(organization.id, someClient.id, today));

    await benchConcurrentIssues(client, organization.id);
  } finally {
    // Issued documents cannot be deleted (triggers): on PostgreSQL, the benchmark
    // organization's documents go with the triggers off for that one transaction.
    await cleanUp(client, organization.id);
    await closeDb();
  }
}

/**
 * 100 draft invoices (createDraft, 3 lines each) issued at once through issueDocument, in the
 * organization of the list benchmark (the seed set its NumberSequence rows, so numbers continue
 * the current year's series). Prints the wall time of the 100 issues and checks the numbers
 * are the next 100 of the series, without gap or duplicate.
 */
async function benchConcurrentIssues(client: PrismaClient, organizationId: string) {
  const COUNT = 100;
  const user = await client.user.create({
    data: { email: `bench-${randomUUID().slice(0, 8)}@example.test`, name: "Benchmark" },
  });
  benchUserIds.push(user.id);
  await client.membership.create({ data: { organizationId, userId: user.id, role: "OWNER" } });
  const member: MemberContext = {
    userId: user.id,
    sessionId: "bench",
    organizationId,
    organizationName: "Benchmark documents",
    role: "OWNER",
  };
  const meta = { ip: "127.0.0.1", userAgent: "bench/documents-list" };
  await client.organizationSettings.upsert({
    where: { organizationId },
    create: { organizationId, ...SELLER_IDENTITY },
    update: SELLER_IDENTITY,
  });
  const someClient = await client.client.findFirstOrThrow({ where: { organizationId }, select: { id: true } });
  const line = (description: string, unitPrice: string, vatRate: string) => ({
    description,
    quantity: "2",
    unit: "hour",
    unitPrice,
    vatRate,
    kind: "SERVICE",
  });
  const drafts = [];
  for (let i = 0; i < COUNT; i += 1) {
    drafts.push(
      await createDraft(
        member,
        "INVOICE",
        {
          clientId: someClient.id,
          lines: [
            line("Conseil", "95,00", "2000"),
            line("Formation", "120,00", "2000"),
            line("Livres", "18,50", "550"),
          ],
        },
        meta,
      ),
    );
  }
  const year = calendarDate().slice(0, 4);
  const before = await client.numberSequence.findUnique({
    where: { organizationId_series: { organizationId, series: `INVOICE-${year}` } },
  });
  const start = performance.now();
  const results = await Promise.allSettled(drafts.map((draft) => issueDocument(member, draft.id, {}, meta)));
  const elapsed = performance.now() - start;
  const issued = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failures = results.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []));
  const sequences = issued.map((document) => document.sequence).sort((a, b) => a - b);
  const first = (before?.lastNumber ?? 0) + 1;
  const gapless = sequences.every((sequence, index) => sequence === first + index);
  console.log(
    `\n${COUNT} concurrent issues (issueDocument, drafts of 3 lines) in the ${INVOICES.toLocaleString("en")}-invoice organization: ` +
      `${elapsed.toFixed(0)} ms in all (${(elapsed / COUNT).toFixed(1)} ms each); ${issued.length} issued, ` +
      `numbers ${sequences[0]}…${sequences.at(-1)} ${gapless ? "without gap or duplicate" : "WITH GAPS OR DUPLICATES"}` +
      (failures.length > 0 ? `; ${failures.length} failed: ${[...new Set(failures)].join(" | ")}` : "."),
  );
}

const benchUserIds: string[] = [];

// A legal identity complete enough to issue (as tests/support/document-factories.ts).
const SELLER_IDENTITY = {
  legalName: "Benchmark Conseil SARL",
  legalForm: "SARL",
  shareCapitalCents: 1_000_000n,
  addressLine1: "12 avenue de la République",
  postalCode: "75011",
  city: "Paris",
  country: "FR",
  siren: "552120222",
  siret: "55212022200013",
  rcsCity: "Paris",
  vatNumber: "FR27552120222",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
};

async function cleanUp(client: PrismaClient, organizationId: string) {
  if (!process.env.DATABASE_URL) return; // the in-memory database disappears with the process
  await client.$transaction([
    client.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    client.$executeRawUnsafe(`DELETE FROM "Payment" WHERE "organizationId" = $1`, organizationId),
    client.$executeRawUnsafe(`DELETE FROM "DocumentLine" WHERE "organizationId" = $1`, organizationId),
    client.$executeRawUnsafe(`DELETE FROM "Document" WHERE "organizationId" = $1`, organizationId),
    client.$executeRawUnsafe(`DELETE FROM "NumberSequence" WHERE "organizationId" = $1`, organizationId),
  ]);
  // Triggers on again (SET LOCAL ended with the transaction): the rest cascades as usual.
  await client.organization.delete({ where: { id: organizationId } });
  await client.user.deleteMany({ where: { id: { in: benchUserIds } } });
}

await main();
