import type { PrismaClient } from "@/lib/generated/prisma/client";

// Bulk documents for the list benchmark (bench/documents-list.ts), written by SQL alone
// (INSERT … SELECT generate_series): 100,000 invoices take seconds, where createMany through
// Prisma would build every row in Node. Deterministic: the same counts give the same data.
//
// What it writes in one organization, over three years of issue dates up to `today`:
// - `invoices` invoices (1 in 20 a deposit invoice), numbered per type and year
//   (F-2025-00001, AC-2025-00001), due 30 days after issue; 1 in 50 is a draft (no number,
//   no date). Totals between 10 € and 5,000 € excl. VAT, VAT 20 %;
// - payments through the Payment table (its trigger keeps paidCents, as in the app): invoices
//   older than 60 days are paid in full 17 times out of 20, partly once, and left unpaid
//   twice (hence OVERDUE); recent ones are paid in full 1 time in 4, partly 1 time in 4;
// - one credit note for the full amount (CANCELLED) per 100 invoices, issued through the
//   DRAFT → ISSUED update so that the trigger credits its invoice;
// - `quotes` quotes (sent, accepted, declined, invoiced, some expired);
// - seller and client snapshots of a realistic size (≈ 1 kB per row, as issuing writes
//   them), so that scans read as many pages as they would in production;
// - no lines: the lists read only Document rows.

// What issuing freezes about the seller (lib/documents): identity, address, bank, mentions.
const SELLER_SNAPSHOT = `jsonb_build_object(
  'name', 'Benchmark Conseil SARL', 'legalForm', 'SARL', 'shareCapital', '10 000 €',
  'siren', '552120222', 'siret', '55212022200013', 'vatNumber', 'FR27552120222', 'rcs', 'RCS Paris 552 120 222',
  'addressLine1', '12 avenue de la République', 'postalCode', '75011', 'city', 'Paris', 'country', 'FR',
  'email', 'facturation@benchmark-conseil.example', 'phone', '+33 1 23 45 67 89',
  'iban', 'FR7630006000011234567890189', 'bic', 'AGRIFRPPXXX',
  'mentions', 'Pénalités de retard : trois fois le taux d''intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d''escompte pour paiement anticipé.')`;

export type SeedDocumentsResult = { invoices: number; creditNotes: number; quotes: number; payments: number };

export async function seedDocuments(
  client: PrismaClient,
  organizationId: string,
  options: { invoices: number; quotes: number; today: string },
): Promise<SeedDocumentsResult> {
  const { invoices, quotes, today } = options;
  // Clients numbered 0..n-1 in a stable order, assigned round-robin with a stride so that a
  // client's documents spread over the years.
  await client.$executeRawUnsafe(
    `CREATE TEMP TABLE bench_clients AS
       SELECT "id", (row_number() OVER (ORDER BY "id") - 1)::int AS n
       FROM "Client" WHERE "organizationId" = $1`,
    organizationId,
  );
  const [{ count: clientCount } = { count: 0 }] = await client.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM bench_clients`,
  );
  if (clientCount === 0) throw new Error("seedDocuments needs clients in the organization");

  const span = 3 * 365;
  await client.$executeRawUnsafe(
    `INSERT INTO "Document" ("id", "organizationId", "type", "status", "clientId", "series", "sequence",
        "number", "issueDate", "dueDate", "totalExclVatCents", "totalVatCents", "totalInclVatCents",
        "vatBreakdown", "sellerSnapshot", "clientSnapshot", "issuedAt", "createdAt", "updatedAt")
     SELECT 'bench-inv-' || $1 || '-' || g.i, $1,
       g.type::"DocumentType",
       CASE WHEN g.draft THEN 'DRAFT' ELSE 'ISSUED' END::"DocumentStatus",
       c."id",
       CASE WHEN g.draft THEN NULL ELSE g.type || '-' || extract(year FROM g.day) END,
       CASE WHEN g.draft THEN NULL ELSE g.seq END,
       CASE WHEN g.draft THEN NULL
         ELSE (CASE g.type WHEN 'INVOICE' THEN 'F' ELSE 'AC' END) || '-' || extract(year FROM g.day) || '-' || lpad(g.seq::text, greatest(5, length(g.seq::text)), '0') END,
       CASE WHEN g.draft THEN NULL ELSE g.day END,
       CASE WHEN g.draft THEN NULL ELSE g.day + 30 END,
       g.excl, g.excl / 5, g.excl + g.excl / 5,
       jsonb_build_array(jsonb_build_object('vatCategory', 'S', 'vatRateBps', 2000, 'vatExemptionCode', NULL,
         'linesCents', g.excl, 'discountCents', 0, 'baseCents', g.excl, 'vatCents', g.excl / 5,
         'totalCents', g.excl + g.excl / 5)),
       CASE WHEN g.draft THEN NULL ELSE ${SELLER_SNAPSHOT} END,
       CASE WHEN g.draft THEN NULL ELSE jsonb_build_object('name', cl."name", 'legalName', cl."legalName",
         'siren', cl."siren", 'vatNumber', cl."vatNumber", 'addressLine1', cl."billingAddressLine1",
         'postalCode', cl."billingPostalCode", 'city', cl."billingCity", 'country', cl."billingCountry",
         'emails', to_jsonb(cl."emails")) END,
       CASE WHEN g.draft THEN NULL ELSE g.day::timestamp END, now(), now()
     FROM (
       SELECT s.i, s.type, s.draft, s.day, s.excl,
         row_number() OVER (PARTITION BY s.type, s.draft, extract(year FROM s.day) ORDER BY s.day, s.i)::int AS seq
       FROM (
         SELECT i,
           CASE WHEN i % 20 = 7 THEN 'DEPOSIT_INVOICE' ELSE 'INVOICE' END AS type,
           i % 50 = 13 AS draft,
           $2::date - ${span} + (i::bigint * ${span} / $3)::int AS day,
           (1000 + (i::bigint * 7919) % 499000)::int AS excl
         FROM generate_series(0, $3 - 1) AS i
       ) s
     ) g
     JOIN bench_clients c ON c.n = (g.i * 37) % $4
     JOIN "Client" cl ON cl."id" = c."id"`,
    organizationId,
    today,
    invoices,
    clientCount,
  );

  // Payments: full, partial (40 %) or none, by the rule in the header.
  const payments = await client.$executeRawUnsafe(
    `INSERT INTO "Payment" ("id", "organizationId", "documentId", "date", "amountCents", "method", "reference")
     SELECT 'bench-pay-' || d."id", d."organizationId", d."id",
       LEAST(d."dueDate", $2::date),
       CASE WHEN k.kind = 'full' THEN d."totalInclVatCents" ELSE d."totalInclVatCents" * 2 / 5 END,
       (ARRAY['TRANSFER', 'CARD', 'CHEQUE', 'CASH', 'OTHER'])[1 + d."sequence" % 5]::"PaymentMethod",
       'VIR-' || lpad((d."sequence" * 7)::text, 7, '0')
     FROM "Document" d
     CROSS JOIN LATERAL (SELECT CASE
         WHEN d."issueDate" < $2::date - 60 THEN
           CASE WHEN d."sequence" % 20 < 17 THEN 'full' WHEN d."sequence" % 20 = 17 THEN 'partial' ELSE 'none' END
         ELSE CASE WHEN d."sequence" % 4 = 0 THEN 'full' WHEN d."sequence" % 4 = 1 THEN 'partial' ELSE 'none' END
       END AS kind) k
     WHERE d."organizationId" = $1 AND d."status" = 'ISSUED' AND k.kind <> 'none'
       AND d."sequence" % 100 <> 50`,
    organizationId,
    today,
  );

  // Credit notes cancelling the unpaid invoices whose sequence ends in 50.
  await client.$executeRawUnsafe(
    `INSERT INTO "Document" ("id", "organizationId", "type", "status", "clientId", "creditedInvoiceId",
        "issueDate", "totalExclVatCents", "totalVatCents", "totalInclVatCents", "vatBreakdown", "createdAt", "updatedAt")
     SELECT 'bench-cn-' || d."id", d."organizationId", 'CREDIT_NOTE', 'DRAFT', d."clientId", d."id",
       d."issueDate" + 10, d."totalExclVatCents", d."totalVatCents", d."totalInclVatCents", '[]'::jsonb, now(), now()
     FROM "Document" d
     WHERE d."organizationId" = $1 AND d."type" = 'INVOICE' AND d."status" = 'ISSUED' AND d."sequence" % 100 = 50`,
    organizationId,
  );
  const creditNotes = await client.$executeRawUnsafe(
    `UPDATE "Document" d SET "status" = 'ISSUED', "series" = 'CREDIT_NOTE-' || extract(year FROM d."issueDate"),
       "sequence" = n.seq, "number" = 'AV-' || extract(year FROM d."issueDate") || '-' || lpad(n.seq::text, greatest(5, length(n.seq::text)), '0'),
       "issuedAt" = d."issueDate"::timestamp
     FROM (SELECT "id", row_number() OVER (PARTITION BY extract(year FROM "issueDate") ORDER BY "issueDate", "id")::int AS seq
           FROM "Document" WHERE "organizationId" = $1 AND "type" = 'CREDIT_NOTE') n
     WHERE d."id" = n."id"`,
    organizationId,
  );
  // (Numbering a draft while issuing it is allowed: the freeze trigger looks at the old row.)

  if (quotes > 0) {
    await client.$executeRawUnsafe(
      `INSERT INTO "Document" ("id", "organizationId", "type", "status", "clientId", "series", "sequence", "number",
        "issueDate", "validUntil", "totalExclVatCents", "totalVatCents", "totalInclVatCents", "vatBreakdown",
        "createdAt", "updatedAt")
     SELECT 'bench-quote-' || $1 || '-' || i, $1, 'QUOTE',
       (ARRAY['SENT', 'ACCEPTED', 'DECLINED', 'INVOICED', 'SENT'])[1 + i % 5]::"DocumentStatus",
       c."id", 'QUOTE-all', i + 1, 'D-' || lpad((i + 1)::text, 6, '0'),
       $2::date - ${span} + (i * ${span} / $3)::int, $2::date - ${span} + (i * ${span} / $3)::int + 30,
       1000 + (i * 6151) % 499000, (1000 + (i * 6151) % 499000) / 5, (1000 + (i * 6151) % 499000) * 6 / 5,
       '[]'::jsonb, now(), now()
     FROM generate_series(0, $3 - 1) AS i
     JOIN bench_clients c ON c.n = (i * 53) % $4`,
      organizationId,
      today,
      quotes,
      clientCount,
    );
  }
  // The counters the app keeps (NumberSequence), at the last number and date of each series, so
  // that issuing in this organization continues the series as it would in production.
  await client.$executeRawUnsafe(
    `INSERT INTO "NumberSequence" ("organizationId", "series", "lastNumber", "lastIssueDate", "updatedAt")
     SELECT "organizationId", "series", max("sequence"), max("issueDate"), now()
     FROM "Document" WHERE "organizationId" = $1 AND "series" IS NOT NULL
     GROUP BY "organizationId", "series"`,
    organizationId,
  );
  await client.$executeRawUnsafe(`DROP TABLE bench_clients`);
  return { invoices, creditNotes, quotes, payments };
}
