import type { CsvRowError } from "@/lib/csv/csv-errors";

type CsvErrorTableProps = {
  errors: CsvRowError[];
  columnLabels: Record<string, string>;
  messageTexts: Record<string, string>;
  labels: { caption: string; line: string; column: string; problem: string };
};

/** Every error of the file: line (as in the file), column, what is wrong. */
export function CsvErrorTable({ errors, columnLabels, messageTexts, labels }: CsvErrorTableProps) {
  return (
    <div className="relative max-h-96 overflow-auto rounded-xl border border-red-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead className="sticky top-0 border-b border-red-200 bg-red-50 text-red-900">
          <tr>
            <th scope="col" className="px-4 py-2">
              {labels.line}
            </th>
            <th scope="col" className="px-4 py-2">
              {labels.column}
            </th>
            <th scope="col" className="px-4 py-2">
              {labels.problem}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((error, index) => (
            <tr key={`${error.line}-${error.field}-${index}`}>
              <th scope="row" className="px-4 py-2 font-medium tabular-nums">
                {error.line}
              </th>
              <td className="px-4 py-2">{columnLabels[error.field] ?? "—"}</td>
              <td className="px-4 py-2">{messageTexts[error.message] ?? error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
