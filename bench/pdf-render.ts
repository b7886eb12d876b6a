/**
 * PDF benchmark: `npm run bench:pdf [-- --runs R]` (also the second half of `npm run bench`).
 *
 * In a throwaway in-memory PGlite, one organization with a complete identity and a PNG logo
 * issues a 10-line invoice (one page) and a 200-line one, through the app's own functions.
 * Then it prints, for each: the first render in this process (cold: fonts, logo, layout code
 * warming up) and the median/p90 of warm renders of our react-pdf pipeline; the time to serve
 * the stored PDF (loadDocumentPdf once stored); and the same two invoices printed by Debian's
 * headless Chromium (playwright-core, page.pdf() on a warm page) as the comparison anchor,
 * with the ratios the issue asks for. Figures only, no thresholds: machines differ.
 *
 * Issued invoices are Factur-X: the "Factur-X issued path" rows time what storing one costs
 * but the database write — the e-invoice mapped from the document and written as CII XML
 * (einvoiceOfDocument + writeCiiXml, the real ones), the PDF/A-3b render, the XML attached
 * (embedFacturx) and the SHA-256 of the final file — with the share of each step.
 */
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { adapterForPglite } from "@/lib/db/adapter";
import { createPgliteReady } from "@/lib/db/pglite";
import { closeDb, installDb } from "@/lib/db/prisma";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createDraft } from "@/lib/documents/create-draft";
import { previewSnapshots } from "@/lib/documents/document-snapshots";
import { loadDocumentDetail, type DocumentDetail } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { einvoiceOfDocument } from "@/lib/facturx/einvoice-of-document";
import { einvoiceProblems } from "@/lib/facturx/einvoice-problems";
import { embedFacturx } from "@/lib/facturx/embed-facturx";
import { writeCiiXml } from "@/lib/facturx/write-cii";
import { clearStoredPdfCache, loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { pdfDocumentInfo } from "@/lib/pdf/document-pdf-view";
import { buildPdfModel, type PdfModel } from "@/lib/pdf/pdf-model";
import { renderDocumentPdf } from "@/lib/pdf/render-document-pdf";
import { createFileStorage } from "@/lib/storage/file-storage";
import { invoiceHtml, invoicePdfOptions } from "./invoice-html";

const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const RUNS = runsIndex === -1 ? 40 : Math.max(3, Number(args[runsIndex + 1]) || 40);
// Both pipelines get the same warm-up before their warm figures: a server renders many PDFs,
// so what counts is the steady state once V8 has compiled the hot paths, not the first runs.
const WARMUP = 8;
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// --samples DIR: also write the 10-line invoice and a sent quote as PDFs (docs/ screenshots).
const samplesIndex = args.indexOf("--samples");
const SAMPLES_DIR = samplesIndex === -1 ? null : (args[samplesIndex + 1] ?? null);

const ms = (value: number) => `${value.toFixed(1)} ms`;
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

async function repeat(runs: number, work: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(work)).ms);
  return { median: quantile(times, 0.5), p90: quantile(times, 0.9) };
}

/** `a` and `b` timed in turn, `runs` times each: their figures under the same conditions. */
async function alternate(
  runs: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[{ median: number; p90: number }, { median: number; p90: number }]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    times[0].push((await timed(a)).ms);
    times[1].push((await timed(b)).ms);
  }
  const stats = (values: number[]) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9) });
  return [stats(times[0]), stats(times[1])];
}

async function setUp() {
  const pglite = await createPgliteReady({ dataDir: "memory://" });
  const adapter = adapterForPglite(pglite);
  await applyMigrations(adapter.factory, path.resolve(import.meta.dirname, "..", "prisma", "migrations"));
  const client = installDb(adapter);
  const organization = await client.organization.create({
    data: { name: "Benchmark PDF", slug: `bench-pdf-${randomUUID().slice(0, 8)}` },
  });
  const user = await client.user.create({ data: { email: `bench-pdf-${randomUUID()}@example.test`, name: "Bench" } });
  await client.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "OWNER" } });
  const logoPng = await sharp({ create: { width: 480, height: 160, channels: 3, background: "#1e3a8a" } })
    .png()
    .toBuffer();
  const logo = await createFileStorage(client).put({
    organizationId: organization.id,
    purpose: "logo",
    contentType: "image/png",
    data: logoPng,
    sha256: "bench",
    width: 480,
    height: 160,
  });
  await client.organizationSettings.create({
    data: {
      organizationId: organization.id,
      legalName: "Atelier Banc d'Essai SARL",
      legalForm: "SARL",
      shareCapitalCents: 1_000_000n,
      addressLine1: "10 rue du Test",
      postalCode: "75011",
      city: "Paris",
      siren: "552120222",
      siret: "55212022200013",
      rcsCity: "Paris",
      vatNumber: "FR27552120222",
      iban: "FR7630006000011234567890189",
      bic: "AGRIFRPP",
      email: "contact@banc-essai.test",
      logoFileId: logo.id,
    },
  });
  const buyer = await client.client.create({
    data: {
      organizationId: organization.id,
      kind: "COMPANY",
      name: "Client Industriel SAS",
      legalName: "Client Industriel SAS",
      siren: "732829320",
      vatNumber: "FR44732829320",
      billingAddressLine1: "5 avenue des Clients",
      billingPostalCode: "69003",
      billingCity: "Lyon",
      emails: ["compta@client.test"],
    },
  });
  const member: MemberContext = {
    userId: user.id,
    sessionId: "bench",
    organizationId: organization.id,
    organizationName: organization.name,
    role: "OWNER",
  };
  return { client, organizationId: organization.id, member, clientId: buyer.id };
}

async function issueInvoice(setup: Awaited<ReturnType<typeof setUp>>, lineCount: number): Promise<string> {
  const lines = Array.from({ length: lineCount }, (_, index) => ({
    description: `Prestation de développement, lot ${index + 1} — analyse, réalisation et recette`,
    quantity: String(1 + (index % 4)),
    unit: "day",
    unitPrice: `${450 + (index % 7) * 10},00`,
    vatRate: index % 5 === 0 ? "550" : "2000",
    kind: "SERVICE",
  }));
  const meta = { ip: "127.0.0.1", userAgent: "bench/pdf-render" };
  const draft = await createDraft(setup.member, "INVOICE", { clientId: setup.clientId, lines }, meta);
  const issued = await issueDocument(setup.member, draft.id, {}, meta);
  return issued.id;
}

async function modelOf(setup: Awaited<ReturnType<typeof setUp>>, documentId: string): Promise<PdfModel> {
  const document = await loadDocumentDetail(setup.organizationId, documentId);
  const { sellerSnapshot, clientSnapshot } = await previewSnapshots(setup.client, {
    organizationId: setup.organizationId,
    clientId: setup.clientId,
    language: "fr",
    deliveryAddress: null,
  });
  const file = await createFileStorage(setup.client).get(sellerSnapshot.logo!.fileId);
  return buildPdfModel({
    document,
    seller: document.sellerSnapshot ?? sellerSnapshot,
    client: document.clientSnapshot ?? clientSnapshot,
    logo: { data: Buffer.from(file!.data), format: "png" },
  });
}

/** The CII XML of an issued invoice, as storing its PDF writes it (its problems checked first). */
function facturxXml(document: DocumentDetail): string {
  const [seller, client] = [document.sellerSnapshot!, document.clientSnapshot!];
  const problems = einvoiceProblems(document, seller, client);
  if (problems.length > 0) throw new Error(`bench invoice is no valid e-invoice: ${JSON.stringify(problems)}`);
  return writeCiiXml(einvoiceOfDocument(document, seller, client));
}

async function chromiumTimes(models: { label: string; model: PdfModel; runs: number }[]) {
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    return null;
  }
  const browser = await playwright.chromium
    .launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    })
    .catch((error: unknown) => {
      console.log(`Chromium not available (${String(error).split("\n")[0]}): comparison skipped.`);
      return null;
    });
  if (!browser) return null;
  try {
    const results = new Map<string, { median: number; p90: number; pages: number }>();
    for (const { label, model, runs } of models) {
      const page = await browser.newPage();
      await page.setContent(invoiceHtml(model), { waitUntil: "load" });
      const options = invoicePdfOptions(model);
      for (let i = 0; i < WARMUP; i += 1) await page.pdf(options); // warm the page
      const stats = await repeat(runs, () => page.pdf(options));
      const bytes = await page.pdf(options);
      if (SAMPLES_DIR) await writeFile(path.join(SAMPLES_DIR, `chromium-${label.replace(" ", "-")}.pdf`), bytes);
      const pages = bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      results.set(label, { ...stats, pages });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function writeSamples(setup: Awaited<ReturnType<typeof setUp>>, invoiceId: string, dir: string) {
  const meta = { ip: "127.0.0.1", userAgent: "bench/pdf-render" };
  const quote = await createDraft(
    setup.member,
    "QUOTE",
    {
      clientId: setup.clientId,
      lines: [
        {
          description: "Audit de l'existant",
          quantity: "2",
          unit: "day",
          unitPrice: "650,00",
          vatRate: "2000",
          kind: "SERVICE",
        },
        {
          description: "Développement sur mesure",
          quantity: "8",
          unit: "day",
          unitPrice: "550,00",
          vatRate: "2000",
          kind: "SERVICE",
        },
        {
          description: "Guide utilisateur imprimé",
          quantity: "20",
          unit: "piece",
          unitPrice: "12,50",
          vatRate: "550",
          kind: "GOODS",
        },
      ],
    },
    meta,
  );
  await sendQuote(setup.member, quote.id, {}, meta);
  await mkdir(dir, { recursive: true });
  for (const [name, id] of [
    ["sample-invoice.pdf", invoiceId],
    ["sample-quote.pdf", quote.id],
  ] as const) {
    await writeFile(path.join(dir, name), (await loadDocumentPdf(setup.organizationId, id)).bytes);
  }
  console.log(`Samples written to ${dir}.`);
}

async function main() {
  const imported = await timed(() => import("@react-pdf/renderer"));
  console.log(`@react-pdf/renderer import: ${ms(imported.ms)}`);
  const setup = await setUp();
  try {
    const small = await issueInvoice(setup, 10);
    const large = await issueInvoice(setup, 200);
    const cases = [
      { label: "10 lines", id: small, model: await modelOf(setup, small), runs: RUNS },
      { label: "200 lines", id: large, model: await modelOf(setup, large), runs: Math.max(3, Math.round(RUNS / 4)) },
    ];

    if (SAMPLES_DIR) await writeSamples(setup, small, SAMPLES_DIR);

    console.log(`\nreact-pdf pipeline (renderDocumentPdf: layout, fonts embedded, logo, SHA-256)`);
    const ours = new Map<string, number>();
    for (const { label, model, runs } of cases) {
      const cold = await timed(() => renderDocumentPdf(model));
      for (let i = 1; i < WARMUP; i += 1) await renderDocumentPdf(model);
      const warm = await repeat(runs, () => renderDocumentPdf(model));
      ours.set(label, warm.median);
      console.log(
        `  ${label.padEnd(9)} ${cold.value.pageCount} page(s), ${cold.value.layout}: cold ${ms(cold.ms)} · warm median ${ms(warm.median)}, p90 ${ms(warm.p90)} (${runs} runs, ${(cold.value.bytes.byteLength / 1024).toFixed(0)} kB)`,
      );
    }

    console.log(
      `\nFactur-X issued path (e-invoice checked + CII XML, PDF/A-3b render, XML attached, SHA-256; no database write)`,
    );
    const issuedPath = new Map<string, number>();
    for (const { label, id, model, runs } of cases) {
      const document = await loadDocumentDetail(setup.organizationId, id);
      const createdAt = new Date(document.issuedAt ?? document.createdAt);
      const issued = () => renderDocumentPdf(model, { facturx: { xml: facturxXml(document), meta: { createdAt } } });
      const plain = () => renderDocumentPdf(model);
      const cold = await timed(issued);
      for (let i = 1; i < WARMUP; i += 1) await issued();
      // Timed in turn with the plain render, so the difference is not the machine's drift.
      const [warm, plainWarm] = await alternate(runs, issued, plain);
      issuedPath.set(label, warm.median);
      // Its steps, each timed alone the same way.
      const xml = facturxXml(document);
      const xmlStep = await repeat(runs, async () => facturxXml(document));
      const pdfA = await repeat(runs, () => renderDocumentPdf(model, { pdfA: true, creationDate: createdAt }));
      const rendered = (await renderDocumentPdf(model, { pdfA: true, creationDate: createdAt })).bytes;
      const meta = { ...pdfDocumentInfo(model), createdAt };
      const embed = await repeat(Math.max(runs, 40), () => embedFacturx(rendered, xml, meta));
      console.log(
        `  ${label.padEnd(9)} ${cold.value.pageCount} page(s): cold ${ms(cold.ms)} · warm median ${ms(warm.median)}, p90 ${ms(warm.p90)} (${runs} runs, ${(cold.value.bytes.byteLength / 1024).toFixed(0)} kB; XML ${(Buffer.byteLength(xml) / 1024).toFixed(0)} kB) · plain render in the same loop ${ms(plainWarm.median)}: ${(warm.median / plainWarm.median).toFixed(2)}×`,
      );
      console.log(
        `  ${"".padEnd(9)} steps (medians): XML ${ms(xmlStep.median)} · PDF/A-3b render + SHA-256 ${ms(pdfA.median)} · embedFacturx ${embed.median.toFixed(2)} ms (p90 ${embed.p90.toFixed(2)} ms)`,
      );
    }

    console.log(`\nStored PDF (loadDocumentPdf once the first request rendered and stored it)`);
    const serve = new Map<string, { memory: number; database: number }>();
    for (const { label, id } of cases) {
      const first = await timed(() => loadDocumentPdf(setup.organizationId, id));
      const memory = await repeat(RUNS, () => loadDocumentPdf(setup.organizationId, id));
      const database = await repeat(RUNS, () => {
        clearStoredPdfCache();
        return loadDocumentPdf(setup.organizationId, id);
      });
      serve.set(label, { memory: memory.median, database: database.median });
      console.log(
        `  ${label.padEnd(9)} first request ${ms(first.ms)} · from this process's copy: median ${ms(memory.median)}, p90 ${ms(memory.p90)} · from the database (row + bytea): median ${ms(database.median)}, p90 ${ms(database.p90)}`,
      );
    }

    console.log(`\nHeadless Chromium (${CHROMIUM}), page.pdf() on a warm page of the same invoice as HTML`);
    const chromium = await chromiumTimes(cases);
    if (chromium) {
      for (const [label, stats] of chromium)
        console.log(`  ${label.padEnd(9)} ${stats.pages} page(s): median ${ms(stats.median)}, p90 ${ms(stats.p90)}`);
    }

    console.log(`\nRatios`);
    for (const { label } of cases) {
      const render = ours.get(label)!;
      const anchor = chromium?.get(label)?.median;
      const target = label === "10 lines" ? "≤ 1.0" : "≤ 2.0";
      const stored = serve.get(label)!;
      // The in-memory copy answers in microseconds: its ratio is floored at 0.01 ms of serve.
      const memoryRatio = render / Math.max(stored.memory, 0.01);
      console.log(
        `  ${label.padEnd(9)} react-pdf / warm chromium: ${anchor ? (render / anchor).toFixed(2) : "n/a"} (target ${target}) · render / stored serve (target ≥ 50×): ${memoryRatio >= 1000 ? "> 1000" : memoryRatio.toFixed(0)}× from memory, ${(render / stored.database).toFixed(0)}× from the database`,
      );
      const issued = issuedPath.get(label)!;
      console.log(
        `  ${"".padEnd(9)} Factur-X issued path / warm chromium: ${anchor ? (issued / anchor).toFixed(2) : "n/a"} (target ${target})`,
      );
    }
  } finally {
    await closeDb();
  }
}

await main();
