import Link from "next/link";
import { SearchForm } from "@/components/lists/search-form";
import type { Messages } from "@/lib/i18n/messages/fr";

type ListToolbarProps = {
  pathname: string;
  q: string;
  label: string;
  /** Sort to keep when searching (a new search starts on page 1). */
  hidden: Record<string, string>;
  lists: Messages["lists"];
};

/** The search form of an admin list, and a way back to the whole list. */
export function ListToolbar({ pathname, q, label, hidden, lists }: ListToolbarProps) {
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-72 flex-1">
        <SearchForm label={label} submitLabel={lists.searchSubmit} defaultValue={q} hidden={hidden} />
      </div>
      {q ? (
        <Link href={pathname} className="py-2 text-sm text-slate-600 underline-offset-2 hover:underline">
          {lists.clearSearch}
        </Link>
      ) : null}
    </div>
  );
}
