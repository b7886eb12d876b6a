import type { Messages } from "@/lib/i18n/messages/fr";
import type { NumberingFormats } from "@/lib/organization-settings/get-numbering-formats";
import { documentTypes, formatDocumentNumber } from "@/lib/organization-settings/numbering";

type NumberingSummaryProps = { formats: NumberingFormats; year: number; messages: Messages };

/** Read-only numbering: one row per document type with an example number. */
export function NumberingSummary({ formats, year, messages }: NumberingSummaryProps) {
  const t = messages.settings.numbering;
  const cell = "px-4 py-3";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t.title}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className={cell}>
              {t.title}
            </th>
            <th scope="col" className={cell}>
              {t.example}
            </th>
            <th scope="col" className={cell}>
              {t.yearlyReset}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {documentTypes.map((type) => (
            <tr key={type}>
              <th scope="row" className={`${cell} font-medium text-slate-900`}>
                {t.documentTypes[type]}
              </th>
              <td className={`${cell} font-mono`}>{formatDocumentNumber(formats[type], year, 1)}</td>
              <td className={cell}>
                {formats[type].yearlyReset ? messages.settings.organization.yes : messages.settings.organization.no}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
