// Lists of quotes, invoices, credit notes and payments (French reference).
//
// The list pages' texts live next to the other document texts, where the pages were written:
// documents-fr.ts holds `documentStatuses` (every DisplayStatus), `documentListPages` (the
// seed's columns Numéro, Date, Client, Montant HT, État, actions, plus Échéance, TTC, Reste
// dû; filters, empty and no-result states, totals of the selection), `paymentListPage` and
// `clientDocuments`; payments-fr.ts holds `paymentMethods`. This section stays empty rather
// than hold a second copy of them.
export const documentListsFr = {};
