"use client";

import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";
import { formatVatRate } from "@/lib/money/vat-rates";
import { Combobox } from "./combobox";

/** A catalogue article as the picker offers it (what prefills a line). */
export type ArticleOption = {
  id: string;
  name: string;
  reference: string | null;
  description: string | null;
  /** A standard unit key (hour, day…) or free text. */
  unit: string;
  unitPriceCents: number;
  vatRateBps: number;
  kind: "GOODS" | "SERVICE";
};

export function articleLabel(article: Pick<ArticleOption, "name" | "reference">): string {
  return article.reference ? `${article.reference} — ${article.name}` : article.name;
}

type ArticlePickerProps = {
  label: string;
  placeholder: string;
  selectedText: string;
  search: (query: string) => Promise<ArticleOption[]> | ArticleOption[];
  onSelect: (article: ArticleOption) => void;
  onClear: () => void;
  texts: { noResults: string; searching: string };
  locale: Locale;
  errors?: string[];
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
  listWidthClassName?: string;
  inputProps?: React.InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
};

/** Searches the catalogue; choosing an article prefills the line (which keeps its own copy). */
export function ArticlePicker(props: ArticlePickerProps) {
  return (
    <Combobox<ArticleOption>
      className={props.className}
      labelClassName={props.labelClassName}
      inputClassName={props.inputClassName}
      listWidthClassName={props.listWidthClassName}
      label={props.label}
      placeholder={props.placeholder}
      selectedText={props.selectedText}
      search={props.search}
      optionId={(article) => article.id}
      renderOption={(article) => (
        <span className="flex justify-between gap-3">
          <span className="min-w-0 truncate">{articleLabel(article)}</span>
          <span className="shrink-0 tabular-nums text-slate-500">
            {formatMoney(article.unitPriceCents, props.locale)} · {formatVatRate(article.vatRateBps, props.locale)}
          </span>
        </span>
      )}
      onSelect={props.onSelect}
      onClear={props.onClear}
      texts={props.texts}
      errors={props.errors}
      inputProps={props.inputProps}
    />
  );
}
