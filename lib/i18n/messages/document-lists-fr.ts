// Lists of quotes, invoices, credit notes and payments: columns, filters, totals (French reference).
export const documentListsFr = {};
