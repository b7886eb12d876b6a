import type { reportsFr } from "./reports-fr";

export const reportsEn: typeof reportsFr = {
  reports: {
    title: "Reports",
    intro: "Figures computed from your invoices, credit notes and payments.",
    agedReceivablesLink: "Aged receivables",
    agedReceivablesSummary: "What each client still owes, by how late it is, on the day you choose.",
    aged: {
      title: "Aged receivables",
      caption: "Balances due by client and days past due as of {date}",
      asOfLabel: "As of",
      asOfHint: "Payments and credit notes dated on or before this day are deducted.",
      show: "Show",
      download: "Download as CSV",
      client: "Client",
      notDue: "Not yet due",
      days0To30: "0–30 days",
      days31To60: "31–60 days",
      days61To90: "61–90 days",
      over90: "Over 90 days",
      total: "Total",
      totals: "Grand total",
      invoices: "Invoices",
      invoicesOf: "Overdue invoices of {client}",
      emptyTitle: "Nothing to collect",
      emptyBody: "No issued invoice had a balance due on that day.",
      errorSummary: "The date is not valid: today's balances are shown.",
    },
    errors: {
      as_of_invalid: "Enter a date that exists (YYYY-MM-DD).",
      as_of_future: "Choose today or a past date.",
    },
  },
};
