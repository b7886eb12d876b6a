import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import type { DocumentDetail, DocumentLineView, RelatedDocument } from "@/lib/documents/get-document";
import { computeTotals } from "@/lib/documents/totals/compute-totals";
import type { VatCategory } from "@/lib/vat/vat-categories";

// Every shape of document the product can issue, built in memory as the detail view would read
// it back after issue: lines, stored totals and VAT breakdown computed by the real computeTotals,
// frozen seller and client snapshots. The Factur-X tests write each one's XML and validate it.

export type ShapeLine = {
  description: string;
  quantityMilli?: number;
  unit?: string;
  unitPriceCents: number;
  vatRateBps?: number;
  vatCategory?: VatCategory;
  vatExemptionCode?: string | null;
  discount?: { kind: "PERCENT" | "AMOUNT"; value: number } | null;
  kind?: "GOODS" | "SERVICE";
  deductedDocumentId?: string | null;
};

export type Shape = { name: string; document: DocumentDetail; seller: SellerSnapshot; client: ClientSnapshot };

export const SELLER: SellerSnapshot = {
  legalName: "Atelier Banc d'Essai SAS",
  tradeName: "Banc d'Essai",
  legalForm: "SAS",
  shareCapitalCents: 1_000_000,
  address: { line1: "12 rue des Tanneurs", line2: "Bâtiment B", postalCode: "69002", city: "Lyon", country: "FR" },
  siren: "732829320",
  siret: "73282932000074",
  rcsCity: "Lyon",
  rmNumber: null,
  vatNumber: "FR44732829320",
  email: "facturation@banc-essai.example",
  phone: "+33 4 72 00 00 00",
  website: null,
  iban: "FR76 3000 6000 0112 3456 7890 189",
  bic: "AGRIFRPP",
  vatRegime: "NORMAL",
  vatOnDebits: false,
  latePenaltyText:
    "Taux des pénalités de retard : trois fois le taux d'intérêt légal, exigibles dès le lendemain de la date d'échéance.",
  earlyPaymentDiscountText: "Pas d'escompte pour paiement anticipé.",
  recoveryIndemnity: true,
  footerText: null,
  insurance: null,
  logo: null,
};

/** A micro-entrepreneur under the VAT franchise: no VAT number. */
export const FRANCHISE_SELLER: SellerSnapshot = {
  ...SELLER,
  legalName: "Camille Martin EI",
  tradeName: null,
  legalForm: "EI",
  shareCapitalCents: null,
  siren: "123456782",
  siret: "12345678200010",
  rcsCity: null,
  vatNumber: null,
  vatRegime: "FRANCHISE",
  recoveryIndemnity: false,
  insurance: { insurer: "Assurances Mutuelles", policyNumber: "RC-2026-001", coverage: "France" },
};

const address = (line1: string, postalCode: string, city: string, country: string) => ({
  line1,
  line2: null,
  postalCode,
  city,
  country,
});

export const FRENCH_COMPANY: ClientSnapshot = {
  id: "client-fr",
  kind: "COMPANY",
  name: "Boulangerie Dupain",
  legalName: "Boulangerie Dupain SARL",
  firstName: null,
  lastName: null,
  siren: "443061841",
  siret: "44306184100047",
  vatNumber: "FR64443061841",
  billingAddress: address("3 place Bellecour", "69002", "Lyon", "FR"),
  deliveryAddress: null,
  emails: ["compta@dupain.example"],
};

export const INDIVIDUAL: ClientSnapshot = {
  id: "client-individual",
  kind: "INDIVIDUAL",
  name: "Jeanne Durand",
  legalName: null,
  firstName: "Jeanne",
  lastName: "Durand",
  siren: null,
  siret: null,
  vatNumber: null,
  billingAddress: address("8 avenue Foch", "75116", "Paris", "FR"),
  deliveryAddress: null,
  emails: ["jeanne.durand@example.org"],
};

export const EU_COMPANY: ClientSnapshot = {
  id: "client-de",
  kind: "COMPANY",
  name: "Müller & Söhne GmbH",
  legalName: "Müller & Söhne GmbH",
  firstName: null,
  lastName: null,
  siren: null,
  siret: null,
  vatNumber: "DE123456789",
  billingAddress: address("Hauptstraße 5", "10115", "Berlin", "DE"),
  deliveryAddress: { line1: "Lagerweg 2", line2: null, postalCode: "04109", city: "Leipzig", country: "DE" },
  emails: ["einkauf@mueller-soehne.example"],
};

export const US_COMPANY: ClientSnapshot = {
  id: "client-us",
  kind: "COMPANY",
  name: "Acme Corp.",
  legalName: "Acme Corporation",
  firstName: null,
  lastName: null,
  siren: null,
  siret: null,
  vatNumber: null,
  billingAddress: address("1 Market Street", "94105", "San Francisco", "US"),
  deliveryAddress: "Acme Warehouse\n200 Harbor Road\nOakland, CA 94607",
  emails: ["ap@acme.example"],
};

const related = (id: string, type: RelatedDocument["type"], number: string, issueDate: string, total: number) => ({
  id,
  type,
  status: "ISSUED" as const,
  displayStatus: "ISSUED" as RelatedDocument["displayStatus"],
  number,
  issueDate,
  totalInclVatCents: total,
});

export type ShapeOptions = {
  type?: DocumentDetail["type"];
  number?: string;
  issueDate?: string;
  dueDate?: string | null;
  serviceDate?: string | null;
  currency?: string;
  exchangeRate?: string | null;
  vatTotalEurCents?: number | null;
  language?: "fr" | "en";
  pricesIncludeVat?: boolean;
  vatExempt?: boolean;
  discount?: DocumentDetail["discount"];
  supplyKind?: DocumentDetail["supplyKind"];
  purchaseOrderNumber?: string | null;
  notes?: string | null;
  paymentTermsDays?: number | null;
  creditedInvoice?: RelatedDocument | null;
  deductedDeposits?: RelatedDocument[];
};

/** The detail view of an issued document with these lines, totals computed by computeTotals. */
export function issuedDocument(lines: ShapeLine[], options: ShapeOptions = {}): DocumentDetail {
  const discountOf = (discount: ShapeLine["discount"]) =>
    discount
      ? discount.kind === "PERCENT"
        ? { kind: "percent" as const, bps: discount.value }
        : { kind: "amount" as const, cents: discount.value }
      : null;
  // Keys given as undefined take the default like absent ones.
  const defined = (line: ShapeLine) =>
    Object.fromEntries(Object.entries(line).filter(([, value]) => value !== undefined)) as ShapeLine;
  const filled = lines.map(defined).map((line) => ({
    quantityMilli: 1000,
    unit: "piece",
    vatRateBps: 2000,
    vatCategory: (line.vatRateBps ?? 2000) > 0 ? ("S" as VatCategory) : ("E" as VatCategory),
    vatExemptionCode: null,
    discount: null,
    kind: "SERVICE" as const,
    deductedDocumentId: null,
    ...line,
  }));
  const totals = computeTotals({
    lines: filled.map((line) => ({
      quantityMilli: line.quantityMilli,
      unitPriceCents: line.unitPriceCents,
      vatRateBps: line.vatRateBps,
      vatCategory: line.vatCategory,
      vatExemptionCode: line.vatExemptionCode,
      discount: discountOf(line.discount),
    })),
    discount: discountOf(options.discount),
    pricesIncludeVat: options.pricesIncludeVat ?? false,
    vatExempt: options.vatExempt ?? false,
  });
  const lineViews: DocumentLineView[] = filled.map((line, index) => ({
    id: `line-${index + 1}`,
    position: index + 1,
    articleId: null,
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    discount: line.discount,
    vatRateBps: line.vatRateBps,
    vatCategory: line.vatCategory,
    vatExemptionCode: line.vatExemptionCode,
    netCents: totals.lines[index]!.netCents,
    kind: line.kind,
    deductedDocumentId: line.deductedDocumentId,
  }));
  const type = options.type ?? "INVOICE";
  const currency = options.currency ?? "EUR";
  return {
    id: `doc-${options.number ?? "F-2026-00001"}`,
    type,
    status: "ISSUED",
    displayStatus: "ISSUED" as DocumentDetail["displayStatus"],
    editable: false,
    series: `${type}-2026`,
    sequence: 1,
    number: options.number ?? "F-2026-00001",
    title: null,
    issueDate: options.issueDate ?? "2026-12-07",
    serviceDate: options.serviceDate ?? null,
    dueDate: options.dueDate === undefined ? (type === "CREDIT_NOTE" ? null : "2027-01-06") : options.dueDate,
    validUntil: null,
    currency,
    exchangeRate: options.exchangeRate ?? null,
    vatTotalEurCents: options.vatTotalEurCents ?? null,
    language: options.language ?? "fr",
    pricesIncludeVat: options.pricesIncludeVat ?? false,
    vatExempt: options.vatExempt ?? false,
    discount: options.discount ?? null,
    supplyKind: options.supplyKind ?? "SERVICES",
    purchaseOrderNumber: options.purchaseOrderNumber ?? null,
    deliveryAddress: null,
    paymentTermsDays:
      options.paymentTermsDays === undefined ? (type === "CREDIT_NOTE" ? null : 30) : options.paymentTermsDays,
    paymentTermsEndOfMonth: false,
    notes: options.notes ?? null,
    client: { id: "client", name: "client", kind: "COMPANY", archived: false },
    sellerSnapshot: null,
    clientSnapshot: null,
    lines: lineViews,
    totals: {
      totalExclVatCents: totals.totalExclVatCents,
      totalVatCents: totals.totalVatCents,
      totalInclVatCents: totals.totalInclVatCents,
      discountCents: totals.discountCents,
    },
    vatBreakdown: totals.byRate,
    paidCents: 0,
    creditedCents: 0,
    balanceCents: type === "CREDIT_NOTE" ? null : totals.totalInclVatCents,
    payments: [],
    depositPercentBps: null,
    related: {
      sourceQuote: null,
      creditedInvoice: options.creditedInvoice ?? null,
      conversions: [],
      creditNotes: [],
      deductedDeposits: options.deductedDeposits ?? [],
    },
    sentAt: null,
    acceptedAt: null,
    declinedAt: null,
    issuedAt: "2026-12-07T10:00:00.000Z",
    createdAt: "2026-12-01T10:00:00.000Z",
    updatedAt: "2026-12-07T10:00:00.000Z",
  };
}

/** Quote lines at 20 %, 10 % and 5.5 %, reused by the invoices made from it. */
const QUOTE_LINES: ShapeLine[] = [
  {
    description: "Développement du site vitrine",
    quantityMilli: 12_500,
    unit: "hour",
    unitPriceCents: 6_500,
    vatRateBps: 2000,
  },
  {
    description: "Rénovation — main d'œuvre",
    quantityMilli: 3_000,
    unit: "day",
    unitPriceCents: 45_000,
    vatRateBps: 1000,
  },
  {
    description: "Isolation thermique\nLaine de roche 100 mm, pose comprise",
    quantityMilli: 42_350,
    unit: "m2",
    unitPriceCents: 3_999,
    vatRateBps: 550,
    kind: "GOODS",
  },
];

const deposit1 = related("dep-1", "DEPOSIT_INVOICE", "AC-2026-00001", "2026-10-01", 0);
const deposit2 = related("dep-2", "DEPOSIT_INVOICE", "AC-2026-00002", "2026-11-02", 0);

/** A final invoice of the quote deducting two deposits per rate (bases in prices excl. VAT). */
function finalInvoice(): DocumentDetail {
  const deduction = (deposit: RelatedDocument, rate: number, cents: number): ShapeLine => ({
    description: `Acompte ${deposit.number} du ${deposit.issueDate}${rate === 2000 ? "" : ` (TVA ${rate / 100} %)`}`,
    quantityMilli: 1000,
    unit: "flat",
    unitPriceCents: -cents,
    vatRateBps: rate,
    deductedDocumentId: deposit.id,
  });
  return issuedDocument(
    [
      ...QUOTE_LINES,
      deduction(deposit1, 2000, 24_375),
      deduction(deposit1, 1000, 40_500),
      deduction(deposit1, 550, 50_811),
      deduction(deposit2, 2000, 8_125),
    ],
    {
      number: "F-2026-00042",
      supplyKind: "BOTH",
      discount: { kind: "AMOUNT", value: 5_000 },
      deductedDeposits: [deposit1, deposit2],
      purchaseOrderNumber: "PO 2026/118",
    },
  );
}

/** The same quote in prices incl. VAT: deductions are the deposits' totals incl. VAT per rate. */
function finalInvoiceInclVat(): DocumentDetail {
  return issuedDocument(
    [
      ...QUOTE_LINES,
      {
        description: "Acompte AC-2026-00003",
        unit: "flat",
        unitPriceCents: -29_250,
        vatRateBps: 2000,
        deductedDocumentId: "dep-3",
      },
      {
        description: "Acompte AC-2026-00003",
        unit: "flat",
        unitPriceCents: -44_550,
        vatRateBps: 1000,
        deductedDocumentId: "dep-3",
      },
      {
        description: "Acompte AC-2026-00003",
        unit: "flat",
        unitPriceCents: -53_605,
        vatRateBps: 550,
        deductedDocumentId: "dep-3",
      },
    ],
    {
      number: "F-2026-00043",
      supplyKind: "BOTH",
      pricesIncludeVat: true,
      deductedDeposits: [related("dep-3", "DEPOSIT_INVOICE", "AC-2026-00003", "2026-10-15", 127_405)],
    },
  );
}

const creditedFinal = related("inv-42", "INVOICE", "F-2026-00042", "2026-12-07", 0);

/** Every shape the product can issue. */
export function facturxShapes(): Shape[] {
  const shapes: Shape[] = [];
  const add = (name: string, document: DocumentDetail, client: ClientSnapshot = FRENCH_COMPANY, seller = SELLER) =>
    shapes.push({ name, document, seller, client });

  add(
    "invoice at two rates",
    issuedDocument(
      [
        {
          description: "Conseil stratégique",
          quantityMilli: 2_000,
          unit: "day",
          unitPriceCents: 80_000,
          vatRateBps: 2000,
        },
        { description: "Repas d'équipe", quantityMilli: 1_000, unit: "flat", unitPriceCents: 12_345, vatRateBps: 1000 },
        { description: "Forfait <déplacement> & frais", unit: "Séance", unitPriceCents: 4_990, vatRateBps: 2000 },
      ],
      { notes: "Merci pour votre confiance !", purchaseOrderNumber: "BC-7781" },
    ),
  );
  add(
    "invoice with percent discounts",
    issuedDocument(
      [
        {
          description: "Audit",
          quantityMilli: 333,
          unit: "day",
          unitPriceCents: 99_999,
          discount: { kind: "PERCENT", value: 1250 },
        },
        {
          description: "Licence",
          quantityMilli: 7_000,
          unitPriceCents: 1_999,
          discount: { kind: "AMOUNT", value: 333 },
        },
        { description: "Livre technique", unitPriceCents: 3_450, vatRateBps: 550, kind: "GOODS" },
      ],
      { discount: { kind: "PERCENT", value: 750 }, supplyKind: "BOTH", language: "en" },
    ),
  );
  add(
    "invoice with an amount discount",
    issuedDocument(QUOTE_LINES, { discount: { kind: "AMOUNT", value: 12_345 }, supplyKind: "BOTH" }),
  );
  add(
    "invoice in prices incl. VAT",
    issuedDocument(
      [
        { description: "Objectif 500 € TTC", quantityMilli: 1_000, unitPriceCents: 50_000, vatRateBps: 1000 },
        { description: "Coffret cadeau", quantityMilli: 3_000, unitPriceCents: 3_333, vatRateBps: 2000, kind: "GOODS" },
        {
          description: "Atelier",
          quantityMilli: 2_500,
          unit: "hour",
          unitPriceCents: 5_999,
          vatRateBps: 2000,
          discount: { kind: "PERCENT", value: 1000 },
        },
        { description: "Accessoire", quantityMilli: 1, unitPriceCents: 1_999, vatRateBps: 550, kind: "GOODS" },
        { description: "Ligne offerte", quantityMilli: 0, unitPriceCents: 1_000, vatRateBps: 2000 },
      ],
      { pricesIncludeVat: true, discount: { kind: "PERCENT", value: 500 }, supplyKind: "BOTH" },
    ),
  );
  add(
    "invoice of 200 lines",
    issuedDocument(
      Array.from({ length: 200 }, (_, index) => ({
        description: `Article n° ${index + 1}`,
        quantityMilli: 100 + ((index * 337) % 5000),
        unit: ["hour", "day", "piece", "kg", "km", "month"][index % 6]!,
        unitPriceCents: 99 + ((index * 7919) % 50_000),
        vatRateBps: [2000, 1000, 550, 210][index % 4]!,
        discount: index % 7 === 0 ? { kind: "PERCENT" as const, value: 500 } : null,
      })),
      { number: "F-2026-00200", discount: { kind: "AMOUNT", value: 10_000 } },
    ),
  );
  add(
    "deposit invoice",
    issuedDocument(
      [
        {
          description: "Acompte de 30 % sur le devis D-2026-00007 (TVA 20 %)",
          unit: "flat",
          unitPriceCents: 29_250,
          vatRateBps: 2000,
        },
        {
          description: "Acompte de 30 % sur le devis D-2026-00007 (TVA 10 %)",
          unit: "flat",
          unitPriceCents: 44_550,
          vatRateBps: 1000,
        },
        {
          description: "Acompte de 30 % sur le devis D-2026-00007 (TVA 5,5 %)",
          unit: "flat",
          unitPriceCents: 53_605,
          vatRateBps: 550,
        },
      ],
      {
        type: "DEPOSIT_INVOICE",
        number: "AC-2026-00001",
        pricesIncludeVat: true,
        supplyKind: "BOTH",
        dueDate: "2026-12-01",
      },
    ),
  );
  add("final invoice deducting deposits", finalInvoice());
  add("final invoice deducting a deposit, prices incl. VAT", finalInvoiceInclVat(), FRENCH_COMPANY, {
    ...SELLER,
    vatOnDebits: true,
  });
  add(
    "partial credit note",
    issuedDocument(
      [
        {
          description: "Geste commercial : retard de livraison",
          unit: "flat",
          unitPriceCents: 15_000,
          vatRateBps: 2000,
        },
      ],
      { type: "CREDIT_NOTE", number: "AV-2026-00001", creditedInvoice: creditedFinal, supplyKind: "BOTH" },
    ),
  );
  const final = finalInvoice();
  add(
    "full credit note of the final invoice",
    issuedDocument(final.lines, {
      type: "CREDIT_NOTE",
      number: "AV-2026-00002",
      creditedInvoice: creditedFinal,
      discount: final.discount,
      supplyKind: "BOTH",
    }),
  );
  add(
    "credit note of an amount incl. VAT",
    issuedDocument(
      [
        { description: "Avoir sur F-2026-00042 (TVA 20 %)", unit: "flat", unitPriceCents: 6_000, vatRateBps: 2000 },
        { description: "Avoir sur F-2026-00042 (TVA 10 %)", unit: "flat", unitPriceCents: 4_001, vatRateBps: 1000 },
      ],
      { type: "CREDIT_NOTE", number: "AV-2026-00003", creditedInvoice: creditedFinal, pricesIncludeVat: true },
    ),
  );
  add(
    "293 B franchise to an individual",
    issuedDocument(
      [
        {
          description: "Cours particulier de piano",
          quantityMilli: 4_000,
          unit: "hour",
          unitPriceCents: 3_500,
          vatRateBps: 0,
          vatCategory: "E",
          vatExemptionCode: "VATEX-FR-FRANCHISE",
        },
      ],
      { vatExempt: true, number: "F-2026-00007" },
    ),
    INDIVIDUAL,
    FRANCHISE_SELLER,
  );
  const franchiseLine: ShapeLine = {
    description: "Création de logo",
    unit: "flat",
    unitPriceCents: 45_000,
    vatRateBps: 0,
    vatCategory: "E",
    vatExemptionCode: "VATEX-FR-FRANCHISE",
  };
  add(
    "293 B franchise to a business, no bank details",
    issuedDocument([franchiseLine], { vatExempt: true, number: "F-2026-00008", paymentTermsDays: 0 }),
    FRENCH_COMPANY,
    { ...FRANCHISE_SELLER, iban: null, bic: null, recoveryIndemnity: true },
  );
  add(
    "credit note under the 293 B franchise",
    issuedDocument([{ ...franchiseLine, unitPriceCents: 10_000 }], {
      type: "CREDIT_NOTE",
      number: "AV-2026-00004",
      vatExempt: true,
      pricesIncludeVat: true,
      creditedInvoice: related("inv-8", "INVOICE", "F-2026-00008", "2026-12-07", 45_000),
    }),
    FRENCH_COMPANY,
    FRANCHISE_SELLER,
  );
  add(
    "EU business: reverse-charge services and intra-community goods",
    issuedDocument(
      [
        {
          description: "Maintenance logicielle",
          quantityMilli: 10_000,
          unit: "hour",
          unitPriceCents: 9_000,
          vatRateBps: 0,
          vatCategory: "AE",
          vatExemptionCode: "VATEX-EU-AE",
        },
        {
          description: "Serveur rack 2U",
          quantityMilli: 2_000,
          unitPriceCents: 249_900,
          vatRateBps: 0,
          vatCategory: "K",
          vatExemptionCode: "VATEX-EU-IC",
          kind: "GOODS",
        },
      ],
      { supplyKind: "BOTH", language: "en", serviceDate: "2026-12-03" },
    ),
    EU_COMPANY,
  );
  add(
    "export outside the EU in USD",
    issuedDocument(
      [
        {
          description: "Machine-outil",
          unitPriceCents: 1_234_567,
          vatRateBps: 0,
          vatCategory: "G",
          vatExemptionCode: "VATEX-EU-G",
          kind: "GOODS",
        },
        {
          description: "Pièces détachées",
          quantityMilli: 25_000,
          unit: "kg",
          unitPriceCents: 1_299,
          vatRateBps: 0,
          vatCategory: "G",
          vatExemptionCode: "VATEX-EU-G",
          kind: "GOODS",
        },
      ],
      { currency: "USD", exchangeRate: "0.9234", vatTotalEurCents: 0, supplyKind: "GOODS", language: "en" },
    ),
    US_COMPANY,
  );
  add(
    "services outside the scope of French VAT",
    issuedDocument(
      [
        {
          description: "Consulting (place of supply: United States)",
          quantityMilli: 5_000,
          unit: "day",
          unitPriceCents: 120_000,
          vatRateBps: 0,
          vatCategory: "O",
          vatExemptionCode: "VATEX-EU-O",
        },
      ],
      {
        currency: "USD",
        exchangeRate: "0.9234",
        vatTotalEurCents: 0,
        language: "en",
        discount: { kind: "PERCENT", value: 500 },
      },
    ),
    US_COMPANY,
  );
  add(
    "zero-rated and exempt lines beside standard ones",
    issuedDocument(
      [
        {
          description: "Formation professionnelle",
          quantityMilli: 1_000,
          unitPriceCents: 150_000,
          vatRateBps: 0,
          vatCategory: "E",
          vatExemptionCode: "VATEX-FR-CGI261-4",
        },
        { description: "Transport international", unitPriceCents: 25_000, vatRateBps: 0, vatCategory: "Z" },
        { description: "Support de cours", unitPriceCents: 2_000, vatRateBps: 2000, kind: "GOODS" },
      ],
      { supplyKind: "BOTH" },
    ),
  );
  add(
    "French sub-contracting in reverse charge",
    issuedDocument(
      [
        {
          description: "Travaux de plomberie (sous-traitance)",
          quantityMilli: 3_500,
          unit: "day",
          unitPriceCents: 38_000,
          vatRateBps: 0,
          vatCategory: "AE",
          vatExemptionCode: "VATEX-FR-AE",
        },
      ],
      { serviceDate: "2026-11-30" },
    ),
    { ...FRENCH_COMPANY, vatNumber: null },
  );
  return shapes;
}

/** A small deterministic generator (mulberry32), so a failing random shape can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` random documents (seeded): invoices, deposit invoices and credit notes, prices excl. or
 * incl. VAT, odd quantities, line and document discounts, standard, zero-rated and exempt lines,
 * and for invoices sometimes deposit deductions.
 */
export function randomShapes(count: number, seed = 20261207): Shape[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return Array.from({ length: count }, (_, index) => {
    const type = pick(["INVOICE", "INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] as const);
    const lines: ShapeLine[] = Array.from({ length: int(1, 12) }, (__, lineIndex) => {
      const treatment = pick([
        { vatRateBps: 2000 },
        { vatRateBps: 1000 },
        { vatRateBps: 550 },
        { vatRateBps: 210 },
        { vatRateBps: 0, vatCategory: "Z" as const },
        { vatRateBps: 0, vatCategory: "E" as const, vatExemptionCode: "VATEX-FR-CGI261-4" },
      ]);
      const discount = pick([
        null,
        null,
        { kind: "PERCENT" as const, value: int(1, 5000) },
        { kind: "AMOUNT" as const, value: int(1, 500) },
      ]);
      const quantityMilli = int(0, 40_000);
      const unitPriceCents = int(1, 150_000);
      const gross = Math.round((quantityMilli * unitPriceCents) / 1000);
      return {
        description: `Ligne ${lineIndex + 1}`,
        quantityMilli,
        unit: pick(["hour", "day", "piece", "flat", "kg", "m2", "séance"]),
        unitPriceCents,
        // An amount discount never exceeds its line (the editor refuses it).
        discount: discount?.kind === "AMOUNT" && discount.value > gross ? null : discount,
        ...treatment,
      };
    });
    if (type === "INVOICE" && next() < 0.4) {
      for (const line of lines.slice(0, 2)) {
        lines.push({
          description: "Acompte AC-2026-00009",
          unit: "flat",
          unitPriceCents: -Math.max(1, Math.floor(((line.quantityMilli ?? 1000) * line.unitPriceCents) / 4000)),
          vatRateBps: line.vatRateBps,
          vatCategory: line.vatCategory,
          vatExemptionCode: line.vatExemptionCode,
          deductedDocumentId: "dep-9",
        });
      }
    }
    const deductions = lines.some((line) => line.deductedDocumentId);
    const document = issuedDocument(lines, {
      type,
      number: `${{ INVOICE: "F", DEPOSIT_INVOICE: "AC", CREDIT_NOTE: "AV", QUOTE: "D" }[type]}-2026-${String(500 + index).padStart(5, "0")}`,
      pricesIncludeVat: next() < 0.5,
      discount: deductions
        ? pick([null, { kind: "AMOUNT" as const, value: int(1, 2_000) }])
        : pick([
            null,
            { kind: "PERCENT" as const, value: int(1, 3000) },
            { kind: "AMOUNT" as const, value: int(1, 2_000) },
          ]),
      supplyKind: pick(["GOODS", "SERVICES", "BOTH"] as const),
      language: pick(["fr", "en"] as const),
      creditedInvoice: type === "CREDIT_NOTE" ? creditedFinal : null,
      deductedDeposits: deductions ? [related("dep-9", "DEPOSIT_INVOICE", "AC-2026-00009", "2026-09-30", 0)] : [],
      dueDate: type === "CREDIT_NOTE" ? null : "2027-01-06",
    });
    return {
      name: `random ${index + 1} (seed ${seed})`,
      document,
      seller: SELLER,
      client: pick([FRENCH_COMPANY, INDIVIDUAL]),
    };
  });
}
