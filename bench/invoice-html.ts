import type { PdfModel } from "@/lib/pdf/pdf-model";

// The benchmark's comparison anchor: the same invoice (same strings, same logo) as one HTML
// page for Chromium's page.pdf(), laid out like the react-pdf document. Not used by the app.

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const lines = (items: string[]) => items.map((line) => `<div>${escape(line)}</div>`).join("");

export function invoiceHtml(model: PdfModel): string {
  const logo = model.logo
    ? `<img src="data:image/png;base64,${model.logo.data.toString("base64")}" style="max-width:160px;max-height:60px">`
    : "";
  const rows = model.lines
    .map(
      (line) =>
        `<tr><td>${escape(line.description)}</td><td class=n>${line.quantity}</td><td>${escape(line.unit)}</td><td class=n>${line.unitPrice}</td><td class=n>${line.vatRate}</td><td class=n>${line.total}</td></tr>`,
    )
    .join("");
  const breakdown = (model.vatBreakdown ?? [])
    .map(
      (rate) =>
        `<tr><td>${rate.rate}</td><td class=n>${rate.base}</td><td class=n>${rate.vat}</td><td class=n>${rate.total}</td></tr>`,
    )
    .join("");
  const totals = model.totals
    .map((row) => `<div class=t><span>${escape(row.label)}</span><span>${row.value}</span></div>`)
    .join("");
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 36px 40px 72px; }
  body { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #1f2937; }
  .head, .parties, .summary { display: flex; justify-content: space-between; margin-bottom: 14px; }
  h1 { font-size: 18pt; color: #1e3a8a; margin: 0; text-align: right; }
  table { width: 100%; border-collapse: collapse; }
  th { background: #f3f4f6; text-align: left; font-size: 7.5pt; }
  th, td { padding: 4px 3px; border-bottom: 0.5px solid #d1d5db; }
  tr { break-inside: avoid; }
  .n { text-align: right; }
  .t { display: flex; justify-content: space-between; }
  .box { border: 1px solid #d1d5db; border-radius: 3px; padding: 8px; width: 48%; }
  </style></head><body>
  <div class=head><div>${logo}<b>${escape(model.seller.name)}</b>${lines([...model.seller.address, ...model.seller.contact, ...model.seller.identifiers])}</div>
  <div><h1>${escape(model.title)}</h1><b>${escape(model.numberLine)}</b>${lines(model.details.map((d) => `${d.label} ${d.value}`))}</div></div>
  <div class=parties><div></div><div class=box><b>${escape(model.client.name)}</b>${lines([...model.client.address, ...model.client.identifiers])}</div></div>
  <table><thead><tr><th>${model.columns.description}</th><th class=n>${model.columns.quantity}</th><th>${model.columns.unit}</th><th class=n>${model.columns.unitPrice}</th><th class=n>${model.columns.vat}</th><th class=n>${model.columns.total}</th></tr></thead><tbody>${rows}</tbody></table>
  <div class=summary><table style="width:52%">${breakdown}</table><div style="width:42%">${totals}</div></div>
  ${lines([...model.mentions, ...model.payment])}
  <footer style="font-size:6.5pt;color:#6b7280;text-align:center;margin-top:20px">${lines(model.footer)}</footer>
  </body></html>`;
}
