// The reports' texts (app/(app)/reports, components/reports, the reports' CSV headers). Field
// error keys are the codes of lib/reports/aged-receivables-as-of.ts.
export const reportsFr = {
  reports: {
    title: "Rapports",
    intro: "Des chiffres calculés à partir de vos factures, avoirs et règlements.",
    agedReceivablesLink: "Balance âgée des créances",
    agedReceivablesSummary: "Ce que chaque client doit encore, par ancienneté du retard, à la date choisie.",
    aged: {
      title: "Balance âgée des créances",
      caption: "Soldes dus par client et par ancienneté du retard au {date}",
      asOfLabel: "Au",
      asOfHint: "Les règlements et avoirs datés de ce jour ou avant sont déduits.",
      show: "Afficher",
      client: "Client",
      notDue: "Non échu",
      days0To30: "0–30 jours",
      days31To60: "31–60 jours",
      days61To90: "61–90 jours",
      over90: "Plus de 90 jours",
      total: "Total",
      totals: "Total général",
      invoices: "Factures",
      detailTitle: "Détail des factures",
      detailCaption: "Factures de {client} avec un solde dû au {date}",
      number: "Numéro",
      issueDate: "Date",
      dueDate: "Échéance",
      daysLate: "Jours de retard",
      balance: "Solde dû",
      noDueDate: "Sans échéance",
      invoicesOf: "Factures en retard de {client}",
      emptyTitle: "Rien à encaisser",
      emptyBody: "Aucune facture émise n'avait de solde dû à cette date.",
      errorSummary: "La date n'est pas valable : la balance du jour est affichée.",
    },
    downloads: {
      label: "Téléchargements",
      csv: "Télécharger en CSV",
      xlsx: "Télécharger en XLSX (Excel)",
    },
    errors: {
      as_of_invalid: "Saisissez une date existante (AAAA-MM-JJ).",
      as_of_future: "Choisissez aujourd'hui ou une date passée.",
    },
  },
};

export type ReportsMessages = (typeof reportsFr)["reports"];
