type FieldsetProps = { legend: string; children: React.ReactNode; description?: React.ReactNode };

/** One section of a settings form: a fieldset whose legend names it for assistive technology. */
export function Fieldset({ legend, description, children }: FieldsetProps) {
  return (
    <fieldset className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{legend}</legend>
      {description ? <div className="mb-4 text-sm text-slate-600">{description}</div> : null}
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  );
}
