import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { issueDocument } from "@/lib/documents/issue-document";
import { testMeta } from "../../support/factories";
import { documentWorkspace, makeDraft } from "../../support/document-factories";
import { usingPostgres } from "../../support/test-database";

// Gapless numbering under concurrency: 100 invoices of one organization issued at once get
// exactly the numbers 1…100. On PostgreSQL (TEST_DATABASE_URL, CI) the transactions really run
// in parallel on several connections and queue on the series' row lock; on PGlite they are
// serialized by its single connection — the assertion is the same.

jest.setTimeout(120_000);

const COUNT = 100;
const year = calendarDate().slice(0, 4);

it(`issues ${COUNT} invoices in parallel with the numbers 1…${COUNT}, no gap, no duplicate (${usingPostgres() ? "PostgreSQL" : "PGlite"})`, async () => {
  const { organization, member, client } = await documentWorkspace();
  const drafts = [];
  for (let index = 0; index < COUNT; index += 1) drafts.push(await makeDraft(member, client.id));

  const started = performance.now();
  const issued = await Promise.all(drafts.map((draft) => issueDocument(member, draft.id, {}, testMeta())));
  const elapsed = performance.now() - started;

  const sequences = issued.map((document) => document.sequence).sort((a, b) => a - b);
  expect(sequences).toEqual(Array.from({ length: COUNT }, (_, index) => index + 1));
  expect(new Set(issued.map((document) => document.number)).size).toBe(COUNT);
  expect(
    issued.every((document) => document.number === `F-${year}-${String(document.sequence).padStart(5, "0")}`),
  ).toBe(true);

  const rows = await db.document.findMany({
    where: { organizationId: organization.id, type: "INVOICE" },
    select: { status: true, sequence: true },
  });
  expect(rows.every((row) => row.status === "ISSUED")).toBe(true);
  expect(rows.map((row) => row.sequence).sort((a, b) => a! - b!)).toEqual(sequences);
  const sequence = await db.numberSequence.findUniqueOrThrow({
    where: { organizationId_series: { organizationId: organization.id, series: `INVOICE-${year}` } },
  });
  expect(sequence.lastNumber).toBe(COUNT);
  // For the record (the bench prints it properly).
  console.info(`${COUNT} concurrent issues: ${Math.round(elapsed)} ms`);
});
