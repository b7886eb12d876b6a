import { Button } from "@/components/ui/button";
import { filterControlClass } from "@/components/ui/filter-control";

type SearchFormProps = {
  label: string;
  submitLabel: string;
  defaultValue: string;
  /** Other list parameters to keep (filters, sort); the page resets to 1. */
  hidden?: Record<string, string>;
  children?: React.ReactNode;
};

/** A GET form: the search lives in the URL and works without JavaScript. */
export function SearchForm({ label, submitLabel, defaultValue, hidden = {}, children }: SearchFormProps) {
  return (
    <form role="search" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex min-w-56 flex-1 flex-col text-sm font-medium text-slate-800">
        {label}
        <input type="search" name="q" defaultValue={defaultValue} maxLength={200} className={filterControlClass} />
      </label>
      {children}
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}
