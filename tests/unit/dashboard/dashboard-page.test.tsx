import { render, screen, within } from "@testing-library/react";
import DashboardPage from "@/app/(app)/dashboard/page";
import type { KeyFigures, PeriodFigures } from "@/lib/dashboard/compute-key-figures";
import type { ToDo } from "@/lib/dashboard/list-to-do";
import type { OnboardingChecklist } from "@/lib/dashboard/onboarding-checklist";
import { calendarDate } from "@/lib/documents/calendar-date";
import { periodOf } from "@/lib/dashboard/dashboard-period";
import type { StoppedRecurringProfiles } from "@/lib/recurring/recurring-types";

// The dashboard page as a user meets it: the checklist of a new organization (items by role,
// done or to do in words), then figures that each link to the list they summarize, the change
// from the previous period in words, the to-do panel (with the recurring invoices the generator
// stopped, before any figure too), and a bad period reported on its field.

const noneStopped: StoppedRecurringProfiles = { count: 0, items: [] };
const state: {
  role: string;
  checklist: OnboardingChecklist;
  figures: KeyFigures;
  toDo: ToDo;
  stopped: StoppedRecurringProfiles;
} = {
  role: "OWNER",
  checklist: { steps: [], allDone: false, hasIssuedDocument: false },
  figures: undefined as unknown as KeyFigures,
  toDo: undefined as unknown as ToDo,
  stopped: noneStopped,
};
const computeKeyFigures = jest.fn(async () => state.figures);

jest.mock("@/app/_shared/session", () => ({ requireActiveMember: jest.fn(async () => ({ role: state.role })) }));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: jest.fn(async () => ({
    locale: "fr",
    messages: jest.requireActual("@/lib/i18n/messages/fr").fr,
  })),
}));
jest.mock("@/lib/dashboard/onboarding-checklist", () => ({
  onboardingChecklist: jest.fn(async () => state.checklist),
}));
jest.mock("@/lib/dashboard/compute-key-figures", () => ({
  computeKeyFigures: (...args: unknown[]) => (computeKeyFigures as (...a: unknown[]) => unknown)(...args),
}));
jest.mock("@/lib/dashboard/list-to-do", () => ({ listToDo: jest.fn(async () => state.toDo), TO_DO_LIMIT: 10 }));
const listStoppedRecurringProfiles = jest.fn(async () => state.stopped);
jest.mock("@/lib/recurring/list-recurring-profiles", () => ({
  listStoppedRecurringProfiles: (...args: unknown[]) =>
    (listStoppedRecurringProfiles as (...a: unknown[]) => unknown)(...args),
}));
jest.mock("@/lib/dashboard/monthly-figures", () => ({
  monthlyFigures: jest.fn(async () =>
    Array.from({ length: 12 }, (_, index) => ({
      month: `2026-${String(index + 1).padStart(2, "0")}`,
      invoicedExclVatCents: index === 2 ? 150_000 : 0,
      collectedCents: index === 2 ? 20_000 : 0,
    })),
  ),
  topClients: jest.fn(async () => [{ id: "c1", name: "Imprimerie Lune", invoicedExclVatCents: 95_000 }]),
}));

const steps = (done: boolean[]): OnboardingChecklist["steps"] =>
  (
    [
      ["legalIdentity", "/settings/organization"],
      ["logo", "/settings/organization#organization-logo"],
      ["firstClient", "/clients/new"],
      ["firstArticle", "/articles/new"],
      ["firstQuote", "/quotes/new"],
      ["firstInvoice", "/invoices/new"],
    ] as const
  ).map(([step, href], index) => ({ step, href, done: done[index]! }));

const period = (overrides: Partial<PeriodFigures>): PeriodFigures => ({
  invoicedExclVatCents: 0,
  creditNotesExclVatCents: 0,
  collectedCents: 0,
  quotesSentCount: 0,
  quotesSentExclVatCents: 0,
  quotesAccepted: 0,
  quotesAnswered: 0,
  acceptanceRate: null,
  paidInvoices: 0,
  averageDaysToPay: null,
  ...overrides,
});

const figures: KeyFigures = {
  currency: "EUR",
  current: period({
    invoicedExclVatCents: 112_000,
    creditNotesExclVatCents: 10_000,
    collectedCents: 50_000,
    quotesSentCount: 2,
    quotesSentExclVatCents: 90_000,
    quotesAccepted: 3,
    quotesAnswered: 4,
    acceptanceRate: 0.75,
    paidInvoices: 2,
    averageDaysToPay: 30,
  }),
  previous: period({
    invoicedExclVatCents: 100_000,
    collectedCents: 100_000,
    acceptanceRate: 0.5,
    averageDaysToPay: 40,
  }),
  outstanding: { cents: 174_000, count: 3 },
  overdue: { cents: 372_000, count: 3, oldestDaysLate: 15 },
  pendingQuotes: { cents: 55_000, count: 2 },
  previousBalances: {
    asOf: "2025-12-31",
    outstanding: { cents: 174_000, count: 3 },
    overdue: { cents: 186_000, count: 2 },
  },
};

const toDo: ToDo = {
  overdue: {
    count: 1,
    items: [
      {
        id: "inv1",
        type: "INVOICE",
        number: "F-2026-00001",
        clientName: "Imprimerie Lune",
        amountCents: 50_000,
        currency: "EUR",
        date: "2026-01-01",
        days: 15,
      },
    ],
  },
  expiringQuotes: { count: 0, items: [] },
  staleDrafts: { count: 0, items: [] },
  refusedEmails: { count: 0, items: [] },
  stoppedRecurring: noneStopped,
};

const stopped: StoppedRecurringProfiles = {
  count: 12,
  items: [
    { id: "rp1", name: "Maintenance mensuelle", clientName: "Imprimerie Lune", stopReason: "client_archived" },
    { id: "rp2", name: "Hébergement", clientName: "Boulangerie Soleil", stopReason: "issue_refused" },
  ],
};

beforeEach(() => {
  state.role = "OWNER";
  state.figures = figures;
  state.toDo = toDo;
  state.stopped = noneStopped;
  computeKeyFigures.mockClear();
  listStoppedRecurringProfiles.mockClear();
});

/** The stopped recurring invoices' section: each a link to its page, its client and its reason in words. */
function expectStoppedRecurring(panel: HTMLElement) {
  const section = within(panel).getByRole("region", { name: "Factures récurrentes arrêtées (12)" });
  const items = within(section).getAllByRole("listitem");
  expect(items).toHaveLength(2);
  expect(within(items[0]!).getByRole("link", { name: "Maintenance mensuelle" })).toHaveAttribute(
    "href",
    "/recurring/rp1",
  );
  expect(items[0]).toHaveTextContent("Imprimerie Lune");
  expect(items[0]).toHaveTextContent("Le client a été archivé.");
  expect(within(items[1]!).getByRole("link", { name: "Hébergement" })).toHaveAttribute("href", "/recurring/rp2");
  expect(items[1]).toHaveTextContent(/La facture n'a pas pu être émise \(identité légale incomplète/);
  expect(within(section).getByRole("link", { name: "Voir les 12" })).toHaveAttribute(
    "href",
    "/recurring?status=STOPPED",
  );
}

const page = async (params: Record<string, string> = {}) =>
  render(await DashboardPage({ searchParams: Promise.resolve(params) }));

describe("a new organization", () => {
  it("sees the checklist, each step a link saying whether it is done, and no figures yet", async () => {
    state.checklist = {
      steps: steps([true, false, true, false, false, false]),
      allDone: false,
      hasIssuedDocument: false,
    };
    await page();
    const checklist = screen.getByRole("region", { name: "Bien démarrer" });
    expect(within(checklist).getByText("2 étape(s) sur 6")).toBeInTheDocument();
    const items = within(checklist).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent("(fait)");
    expect(items[1]).toHaveTextContent("(à faire)");
    expect(
      within(checklist).getByRole("link", { name: "Compléter l'identité légale de l'entreprise" }),
    ).toHaveAttribute("href", "/settings/organization");
    expect(within(checklist).getByRole("link", { name: "Ajouter votre logo" })).toHaveAttribute(
      "href",
      "/settings/organization#organization-logo",
    );
    expect(within(checklist).getByRole("link", { name: "Émettre une première facture" })).toHaveAttribute(
      "href",
      "/invoices/new",
    );
    expect(screen.queryByRole("region", { name: "Chiffres clés" })).not.toBeInTheDocument();
    expect(computeKeyFigures).not.toHaveBeenCalled();
    // No recurring invoice stopped: no to-do panel at all.
    expect(screen.queryByRole("region", { name: "À faire" })).not.toBeInTheDocument();
  });

  it("sees its stopped recurring invoices before any figure, each with its reason and a link to it", async () => {
    state.checklist = {
      steps: steps([false, true, true, true, false, false]),
      allDone: false,
      hasIssuedDocument: false,
    };
    state.stopped = stopped;
    await page();
    expect(listStoppedRecurringProfiles).toHaveBeenCalledWith(expect.objectContaining({ role: "OWNER" }), 10);
    expect(screen.queryByRole("region", { name: "Chiffres clés" })).not.toBeInTheDocument();
    expectStoppedRecurring(screen.getByRole("region", { name: "À faire" }));
  });

  it("sees the figures below the checklist once a document is issued, and no checklist once all is done", async () => {
    state.checklist = { steps: steps([true, true, true, true, true, false]), allDone: false, hasIssuedDocument: true };
    const { unmount } = await page();
    expect(screen.getByRole("region", { name: "Bien démarrer" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Chiffres clés" })).toBeInTheDocument();
    unmount();
    state.checklist = { steps: steps([true, true, true, true, true, true]), allDone: true, hasIssuedDocument: true };
    await page();
    expect(screen.queryByRole("region", { name: "Bien démarrer" })).not.toBeInTheDocument();
  });
});

describe("the figures", () => {
  beforeEach(() => {
    state.checklist = { steps: steps([true, true, true, true, true, true]), allDone: true, hasIssuedDocument: true };
  });

  it("each link to the list they summarize, with the period's dates", async () => {
    await page({ period: "custom", from: "2026-01-01", to: "2026-03-31" });
    const cards = screen.getByRole("region", { name: "Chiffres clés" });
    const link = (name: RegExp) => within(cards).getByRole("link", { name });
    expect(link(/^Facturé HT/)).toHaveAttribute("href", "/invoices?from=2026-01-01&to=2026-03-31");
    expect(link(/^Facturé HT/)).toHaveTextContent("1 120,00 €");
    expect(link(/^Encaissé/)).toHaveAttribute("href", "/payments?from=2026-01-01&to=2026-03-31");
    expect(link(/^En retard/)).toHaveAttribute("href", "/invoices?overdue=1");
    expect(link(/^En retard/)).toHaveTextContent("3 720,00 €");
    expect(link(/^Reste à encaisser/)).toHaveAttribute("href", "/invoices?sort=dueDate&dir=asc");
    expect(link(/^Devis en attente/)).toHaveAttribute("href", "/quotes?status=SENT");
    expect(link(/^Devis envoyés/)).toHaveAttribute("href", "/quotes?from=2026-01-01&to=2026-03-31");
    expect(link(/^Taux d'acceptation/)).toHaveAttribute("href", "/quotes?status=ACCEPTED");
    expect(link(/^Délai moyen/)).toHaveAttribute("href", "/invoices?status=PAID");
    expect(link(/^dont avoirs/)).toHaveAttribute("href", "/credit-notes?from=2026-01-01&to=2026-03-31");
    expect(computeKeyFigures).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        from: "2026-01-01",
        to: "2026-03-31",
        previous: { from: "2025-10-03", to: "2025-12-31" },
      }),
      expect.any(String),
    );
  });

  it("say how each moved from the previous period in words", async () => {
    await page();
    const cards = screen.getByRole("region", { name: "Chiffres clés" });
    expect(within(cards).getByText(/^\+12 % par rapport à la période précédente \(1 000,00 €\)$/)).toBeInTheDocument();
    expect(within(cards).getByText(/^−50 % par rapport à la période précédente/)).toBeInTheDocument();
    expect(within(cards).getByText(/^\+25 points par rapport à la période précédente/)).toBeInTheDocument();
    expect(within(cards).getByText(/^10 jour\(s\) de moins que la période précédente/)).toBeInTheDocument();
    expect(within(cards).getByText("3 facture(s), la plus ancienne en retard de 15 jour(s)")).toBeInTheDocument();
    // Balances are compared with the end of the previous period.
    expect(within(cards).getByText("+100 % depuis le 31 déc. 2025 (1 860,00 €)")).toBeInTheDocument();
    expect(within(cards).getByText("Identique au 31 déc. 2025 (1 740,00 €)")).toBeInTheDocument();
  });

  it("show the to-do panel with a way to remind an overdue invoice (not for a read-only role)", async () => {
    const { unmount } = await page();
    const panel = screen.getByRole("region", { name: "À faire" });
    const overdue = within(panel).getByRole("region", { name: /Factures en retard/ });
    expect(within(overdue).getByRole("link", { name: "Facture F-2026-00001" })).toHaveAttribute(
      "href",
      "/invoices/inv1",
    );
    expect(within(overdue).getByRole("link", { name: "Relancer : Facture F-2026-00001" })).toHaveAttribute(
      "href",
      "/invoices/inv1",
    );
    expect(within(overdue).getByText("15 j de retard")).toBeInTheDocument();
    unmount();
    state.role = "ACCOUNTANT";
    await page();
    expect(screen.queryByRole("link", { name: /^Relancer/ })).not.toBeInTheDocument();
  });

  it("show the stopped recurring invoices in the to-do panel only when there are some", async () => {
    const { unmount } = await page();
    const panel = screen.getByRole("region", { name: "À faire" });
    expect(within(panel).queryByText(/Factures récurrentes arrêtées/)).not.toBeInTheDocument();
    unmount();
    state.toDo = { ...toDo, stoppedRecurring: stopped };
    await page();
    expectStoppedRecurring(screen.getByRole("region", { name: "À faire" }));
    // The panel carries them: they are not read a second time.
    expect(listStoppedRecurringProfiles).not.toHaveBeenCalled();
  });
});

describe("the chart and the top clients", () => {
  beforeEach(() => {
    state.checklist = { steps: steps([true, true, true, true, true, true]), allDone: true, hasIssuedDocument: true };
  });

  it("describe the chart in words and give its figures in a table; the top clients link to their page", async () => {
    await page();
    const chart = screen.getByRole("region", { name: "Facturé et encaissé, 12 derniers mois" });
    expect(within(chart).getByRole("img", { name: /^Graphique en barres/ })).toBeInTheDocument();
    const table = within(chart).getByRole("table", { name: "Facturé et encaissé, 12 derniers mois" });
    const march = within(table).getByRole("row", { name: /mars 2026/ });
    expect(march).toHaveTextContent("1 500,00 €");
    expect(march).toHaveTextContent("200,00 €");
    expect(within(table).getAllByRole("row")).toHaveLength(13);
    const top = screen.getByRole("region", { name: "Meilleurs clients de la période (HT)" });
    expect(within(top).getByRole("link", { name: "Imprimerie Lune" })).toHaveAttribute("href", "/clients/c1");
    expect(within(top).getByText("950,00 €")).toBeInTheDocument();
  });
});

describe("the period picker", () => {
  beforeEach(() => {
    state.checklist = { steps: steps([true, true, true, true, true, true]), allDone: true, hasIssuedDocument: true };
  });

  it("is a GET form with labelled fields, on the period shown", async () => {
    await page({ period: "this-year" });
    const form = screen.getByRole("form", { name: "Choix de la période" });
    expect(form).toHaveAttribute("method", "get");
    expect(screen.getByLabelText("Période")).toHaveValue("this-year");
    const year = periodOf("this-year", calendarDate());
    expect(screen.getByLabelText("Du")).toHaveValue(year.from);
    expect(screen.getByLabelText("Au")).toHaveValue(year.to);
    expect(within(form).getByRole("button", { name: "Afficher" })).toBeInTheDocument();
  });

  it("reports reversed dates on the end date, keeps what was typed, and shows this month", async () => {
    await page({ period: "custom", from: "2026-03-10", to: "2026-03-01" });
    const to = screen.getByLabelText("Au");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveValue("2026-03-01");
    expect(to).toHaveAccessibleDescription(/La date de fin doit suivre la date de début/);
    expect(screen.getByLabelText("Période")).toHaveValue("custom");
    expect(screen.getByText("La période demandée n'est pas valide : voici ce mois-ci.")).toBeInTheDocument();
    expect(computeKeyFigures).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ kind: "this-month" }),
      expect.any(String),
    );
  });
});
