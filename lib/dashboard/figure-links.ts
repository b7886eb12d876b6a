import type { DateRange } from "./dashboard-period";

// Where each key figure leads: the list it summarizes, with the filters that make that list
// show the same documents (parameters of lib/documents/lists/document-list-query.ts).

export type FigureLinks = {
  invoiced: string;
  creditNotes: string;
  collected: string;
  outstanding: string;
  overdue: string;
  quotesSent: string;
  pendingQuotes: string;
  acceptanceRate: string;
  daysToPay: string;
};

function withParams(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params).toString()}`;
}

export function figureLinks(range: DateRange): FigureLinks {
  const dates = { from: range.from, to: range.to };
  return {
    invoiced: withParams("/invoices", dates),
    creditNotes: withParams("/credit-notes", dates),
    collected: withParams("/payments", dates),
    // The invoices list's "balance due" with no filter is the outstanding amount; soonest due first.
    outstanding: withParams("/invoices", { sort: "dueDate", dir: "asc" }),
    overdue: withParams("/invoices", { overdue: "1" }),
    quotesSent: withParams("/quotes", dates),
    pendingQuotes: withParams("/quotes", { status: "SENT" }),
    acceptanceRate: withParams("/quotes", { status: "ACCEPTED" }),
    daysToPay: withParams("/invoices", { status: "PAID" }),
  };
}
