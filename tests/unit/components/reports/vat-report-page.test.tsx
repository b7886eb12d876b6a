import { render, screen, within } from "@testing-library/react";
import VatReportPage from "@/app/(app)/reports/vat/page";
import { periodOf } from "@/lib/dashboard/dashboard-period";
import { calendarDate } from "@/lib/documents/calendar-date";
import { ca3Lines } from "@/lib/reports/vat/ca3-lines";
import type { VatReport } from "@/lib/reports/vat/vat-report";
import { totalOf, type VatRow } from "@/lib/reports/vat/vat-rows";

// The VAT report page as a user meets it: the period picker on /reports/vat, the downloads
// only for roles with exports.read (carrying the period on screen), the regime and currency
// notes, the empty state, and a bad period reported on its field with this month shown.

const state: { role: string; report: VatReport | null } = { role: "OWNER", report: null };
const vatReport = jest.fn(async (_member: unknown, period: { from: string; to: string }) => ({
  ...state.report!,
  period: { from: period.from, to: period.to },
}));

jest.mock("@/app/_shared/session", () => ({ requireActiveMember: jest.fn(async () => ({ role: state.role })) }));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: jest.fn(async () => ({
    locale: "fr",
    messages: jest.requireActual("@/lib/i18n/messages/fr").fr,
  })),
}));
jest.mock("@/lib/reports/vat/vat-report", () => ({
  vatReport: (...args: unknown[]) => (vatReport as (...a: unknown[]) => unknown)(...args),
}));

const rows: VatRow[] = [{ vatCategory: "S", vatRateBps: 2000, baseCents: 100_000, vatCents: 20_000 }];

function report(invoiced: VatRow[], vatOnDebits = false): VatReport {
  return {
    period: { from: "", to: "" },
    currency: "EUR",
    vatOnDebits,
    franchise: false,
    invoiced,
    received: [],
    due: vatOnDebits ? invoiced : [],
    totals: { invoiced: totalOf(invoiced), received: totalOf([]), due: totalOf(vatOnDebits ? invoiced : []) },
    ca3: ca3Lines(vatOnDebits ? invoiced : []),
  };
}

async function renderPage(searchParams: Record<string, string>) {
  render(await VatReportPage({ searchParams: Promise.resolve(searchParams) }));
}

beforeEach(() => {
  vatReport.mockClear();
  state.role = "OWNER";
  state.report = report(rows, true);
});

describe("VatReportPage", () => {
  it("shows the figures of the period asked for, and the downloads of that period for an owner", async () => {
    await renderPage({ period: "custom", from: "2026-07-01", to: "2026-09-30" });
    expect(vatReport).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ from: "2026-07-01", to: "2026-09-30" }),
    );
    expect(screen.getByRole("heading", { level: 1, name: "TVA collectée" })).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Choix de la période" });
    expect(form).toHaveAttribute("action", "/reports/vat");
    expect(within(form).getByLabelText("Période")).toHaveValue("custom");
    const downloads = screen.getByRole("group", { name: "Téléchargements" });
    expect(within(downloads).getByRole("link", { name: "Télécharger en CSV" })).toHaveAttribute(
      "href",
      "/api/reports/vat?period=custom&from=2026-07-01&to=2026-09-30&format=csv",
    );
    expect(within(downloads).getByRole("link", { name: "Télécharger en XLSX (Excel)" })).toHaveAttribute(
      "href",
      "/api/reports/vat?period=custom&from=2026-07-01&to=2026-09-30&format=xlsx",
    );
    expect(screen.getByText(/Documents dans la devise de l'organisation \(EUR\) seulement/)).toBeInTheDocument();
    expect(screen.getByText(/opté pour la TVA sur les débits/)).toBeInTheDocument();
    expect(screen.getByRole("table", { name: /^TVA des factures/ })).toBeInTheDocument();
  });

  it("a MEMBER sees the figures but no download", async () => {
    state.role = "MEMBER";
    await renderPage({ period: "last-quarter" });
    expect(screen.getByRole("table", { name: /^TVA des factures/ })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Téléchargements" })).toBeNull();
    expect(screen.queryByRole("link", { name: /Télécharger/ })).toBeNull();
  });

  it("a period with nothing issued or received shows the empty state, on receipts its note", async () => {
    state.report = report([], false);
    await renderPage({});
    expect(screen.getByRole("heading", { name: "Aucune opération dans la période" })).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText(/TVA sur les encaissements/)).toBeInTheDocument();
  });

  it("reports reversed dates on the field and shows this month", async () => {
    await renderPage({ period: "custom", from: "2026-09-30", to: "2026-07-01" });
    expect(screen.getByText("La période demandée n'est pas valide : voici ce mois-ci.")).toBeInTheDocument();
    const to = screen.getByLabelText("Au");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveValue("2026-07-01");
    expect(screen.getByText("La date de fin doit suivre la date de début.")).toBeInTheDocument();
    const thisMonth = periodOf("this-month", calendarDate());
    expect(vatReport).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ from: thisMonth.from, to: thisMonth.to }),
    );
    expect(screen.getByRole("link", { name: "Télécharger en CSV" })).toHaveAttribute(
      "href",
      "/api/reports/vat?period=this-month&format=csv",
    );
  });

  it("an unknown period is reported on the period field", async () => {
    await renderPage({ period: "fortnight" });
    expect(screen.getByLabelText("Période")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Choisissez une période de la liste.")).toBeInTheDocument();
  });
});
