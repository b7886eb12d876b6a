/**
 * Dashboard and reports benchmark: `npm run bench:reports [-- --invoices N --runs R --keep]`.
 *
 * Seeds one organization with N invoices (100,000 by default; 1,000,000 with
 * `--invoices 1000000`), their payments, credit notes and quotes (bench/seed-documents.ts,
 * INSERT … SELECT) for 2,000 clients, in the PostgreSQL database of DATABASE_URL (or a
 * throwaway PGlite), then times what /dashboard and the report pages run, through the app's own
 * lib functions, for several periods (the dashboard and its parts, aged receivables, VAT report,
 * sales report, receipts register): p50/p95 wall time, each next to the p50 of a primary-key
 * lookup measured in the same run (the anchor: one round trip to the same database), as a
 * ratio. Issue 12's target: p95 < 100 ms for the dashboard and each report, flat from 100k to 1M.
 * The seed writes no document lines: the sales report by article has nothing to group there.
 *
 * `--keep` leaves the organization in the database and reuses it on the next run with the same
 * N (seeding 1M rows takes minutes); without it, the organization is deleted at the end.
 */
import { randomUUID } from "node:crypto";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { seedClients } from "@/lib/clients/seed-clients";
import { computeKeyFigures } from "@/lib/dashboard/compute-key-figures";
import { periodOf, type DashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { listToDo } from "@/lib/dashboard/list-to-do";
import { monthlyFigures, topClients } from "@/lib/dashboard/monthly-figures";
import { onboardingChecklist } from "@/lib/dashboard/onboarding-checklist";
import { closeDb, installDb } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { agedReceivables } from "@/lib/reports/aged-receivables";
import { agedInvoicesOfClient } from "@/lib/reports/aged-client-invoices";
import { receiptsRegisterPage } from "@/lib/reports/receipts-register/receipts-register-page";
import { salesReport } from "@/lib/reports/sales/sales-report";
import { vatReport } from "@/lib/reports/vat/vat-report";
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
const KEEP = args.includes("--keep");
const WARMUP = 2;
const TARGET_P95_MS = 100;

type Figures = { p50: number; p95: number };

async function time(run: () => Promise<unknown>): Promise<Figures> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The organization of a previous `--keep` run with the same size, or a new seeded one. */
async function benchOrganization(client: PrismaClient, today: string): Promise<{ id: string; reused: boolean }> {
  const slug = `bench-reports-${INVOICES}`;
  const existing = await client.organization.findUnique({ where: { slug }, select: { id: true } });
  if (existing && KEEP) return { id: existing.id, reused: true };
  const organization = await client.organization.create({
    data: { name: `Benchmark reports ${INVOICES}`, slug: KEEP ? slug : `${slug}-${randomUUID().slice(0, 8)}` },
  });
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
      `${seeded.quotes} quotes in ${seconds(performance.now() - start)}.`,
  );
  for (const table of ["Client", "Document", "Payment"]) await client.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  return { id: organization.id, reused: false };
}

async function main() {
  const { adapter, where } = await openBenchDatabase();
  const client = installDb(adapter);
  const today = calendarDate();
  const organization = await benchOrganization(client, today);
  const user = await client.user.create({
    data: { email: `bench-${randomUUID().slice(0, 8)}@example.test`, name: "Benchmark" },
  });
  await client.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "OWNER" } });
  const member: MemberContext = {
    userId: user.id,
    sessionId: "bench",
    organizationId: organization.id,
    organizationName: "Benchmark reports",
    role: "OWNER",
  };
  try {
    console.log(`Database: ${where}; ${INVOICES} invoices${organization.reused ? " (reused from --keep)" : ""}.`);
    const anchor = await time(() => client.user.findUnique({ where: { id: user.id }, select: { id: true } }));
    console.log(
      `\nAnchor: primary-key lookup through Prisma, p50 ${anchor.p50.toFixed(2)} ms (one round trip). ` +
        `${RUNS} runs each after ${WARMUP} warm-up; target p95 < ${TARGET_P95_MS} ms.\n`,
    );
    console.log(
      `${"statement".padEnd(46)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p95/anchor".padStart(11)}  target`,
    );
    const printRow = (label: string, figures: Figures) =>
      console.log(
        `${label.padEnd(46)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)} ` +
          `${(figures.p95 / anchor.p50).toFixed(0).padStart(10)}×  ${figures.p95 < TARGET_P95_MS ? "met" : "NOT met"}`,
      );

    // A statement that fails (e.g. the pool's 5 s wait for a connection while the dashboard's
    // statements hold them all) is printed as such and the bench goes on with the next one.
    const row = async (label: string, run: () => Promise<unknown>) => {
      try {
        printRow(label, await time(run));
      } catch (error) {
        console.log(`${label.padEnd(46)} failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
      }
    };
    const periods: [string, DashboardPeriod][] = [
      ["this month", periodOf("this-month", today)],
      ["last quarter", periodOf("last-quarter", today)],
      ["last 12 months", periodOf("last-12-months", today)],
      ["last year", periodOf("last-year", today)],
    ];
    const dashboard = async (period: DashboardPeriod) => {
      const checklist = await onboardingChecklist(member);
      if (!checklist.hasIssuedDocument) throw new Error("the seeded organization has no issued document");
      await Promise.all([
        computeKeyFigures(member, period, today),
        listToDo(member, today),
        monthlyFigures(member, today),
        topClients(member, period),
      ]);
    };
    for (const [label, period] of periods) await row(`dashboard, whole page: ${label}`, () => dashboard(period));
    const yearPeriod = periodOf("last-12-months", today);
    await row("  key figures (last 12 months)", () => computeKeyFigures(member, yearPeriod, today));
    await row("  to-do panel", () => listToDo(member, today));
    await row("  monthly chart (12 months)", () => monthlyFigures(member, today));
    await row("  top 5 clients (last 12 months)", () => topClients(member, yearPeriod));
    await row("  onboarding checklist", () => onboardingChecklist(member));
    await row("aged receivables: today", () => agedReceivables(member, today));
    await row("aged receivables: a year ago", () => agedReceivables(member, addDays(today, -365)));
    const [owing] = (await agedReceivables(member, today)).clients;
    if (owing) await row("  one client's invoices (today)", () => agedInvoicesOfClient(member, today, owing.client.id));
    for (const [label, period] of periods) {
      await row(`VAT report: ${label}`, () => vatReport(member, period));
    }
    for (const view of ["client", "month", "article"] as const) {
      await row(`sales by ${view}: last 12 months`, () => salesReport(member, yearPeriod, view));
    }
    const month = periodOf("last-month", today);
    await row("receipts register: last month, page 1", () => receiptsRegisterPage(member, month, 1));
    const { pageCount } = await receiptsRegisterPage(member, month, 1);
    await row(`receipts register: last month, page ${pageCount}`, () => receiptsRegisterPage(member, month, pageCount));
  } finally {
    await client.membership.deleteMany({ where: { userId: user.id } });
    await client.user.delete({ where: { id: user.id } });
    if (!KEEP && process.env.DATABASE_URL) await cleanUp(client, organization.id);
    await closeDb();
  }
}

async function cleanUp(client: PrismaClient, organizationId: string) {
  await client.$transaction([
    client.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    client.$executeRawUnsafe(`DELETE FROM "Payment" WHERE "organizationId" = $1`, organizationId),
    client.$executeRawUnsafe(`DELETE FROM "DocumentLine" WHERE "organizationId" = $1`, organizationId),
    client.$executeRawUnsafe(`DELETE FROM "Document" WHERE "organizationId" = $1`, organizationId),
    client.$executeRawUnsafe(`DELETE FROM "NumberSequence" WHERE "organizationId" = $1`, organizationId),
  ]);
  await client.organization.delete({ where: { id: organizationId } });
}

await main();
