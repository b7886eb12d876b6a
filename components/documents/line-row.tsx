"use client";

import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { documentLimits } from "@/lib/documents/document-schema";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import type { VatCategory } from "@/lib/vat/vat-categories";
import { ArticlePicker, type ArticleOption } from "./article-picker";
import type { DiscountKindField, EditorLine, LineKindField } from "./editor-values";
import { VatReasonSelect, VatSelect } from "./vat-select";

export type LineRowProps = {
  line: EditorLine;
  index: number;
  count: number;
  /** The line's net as computeTotals gives it; null while the line does not parse. */
  net: number | null;
  vatExempt: boolean;
  pricesIncludeVat: boolean;
  locale: Locale;
  errors: (field: string) => string[] | undefined;
  onChange: (patch: Partial<EditorLine>) => void;
  /** The VAT select's value: a rate in basis points (standard VAT) or another category. */
  onVatChange: (value: string) => void;
  /** The line's category when it states a reason (the reason select shows), else null. */
  reasonCategory: VatCategory | null;
  onPickArticle: (article: ArticleOption) => void;
  onRemove: () => void;
  onMove: (direction: -1 | 1) => void;
  onLeaveField: (field: string) => void;
  searchArticles: (query: string) => Promise<ArticleOption[]> | ArticleOption[];
  unitListId: string;
  labels: Messages["documentEditor"];
  kinds: Messages["articleKinds"];
};

const iconButton =
  "inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40";

/** One line of the editor: a labelled group of fields, its computed net and its own actions. */
export function LineRow(props: LineRowProps) {
  const { line, index, count, labels: t, errors, onChange, onLeaveField } = props;
  const n = index + 1;
  const field = (name: keyof EditorLine) => ({
    onBlur: () => onLeaveField(name),
    errors: errors(name),
  });
  const legendId = `line-${line.key}-legend`;
  return (
    <fieldset
      data-line-key={line.key}
      aria-labelledby={legendId}
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={legendId} className="text-sm font-semibold text-slate-700">
          {format(t.lineLegend, { n })}
        </h3>
        <div className="flex gap-1">
          <button
            type="button"
            data-focus="up"
            className={iconButton}
            disabled={index === 0}
            aria-label={format(t.moveUp, { n })}
            onClick={() => props.onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            data-focus="down"
            className={iconButton}
            disabled={index === count - 1}
            aria-label={format(t.moveDown, { n })}
            onClick={() => props.onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            data-focus="remove"
            className={`${iconButton} text-red-700 hover:bg-red-50`}
            disabled={count === 1}
            aria-label={format(t.removeLine, { n })}
            onClick={props.onRemove}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </div>

      <div className="grid grid-cols-2 gap-3 md:grid-cols-6 lg:grid-cols-12">
        <ArticlePicker
          className="col-span-2 md:col-span-3 lg:col-span-4"
          label={t.article}
          placeholder={t.articlePlaceholder}
          selectedText={line.articleLabel}
          search={props.searchArticles}
          onSelect={props.onPickArticle}
          onClear={() => onChange({ articleId: "", articleLabel: "" })}
          texts={{ noResults: t.noArticles, searching: t.searching }}
          locale={props.locale}
          errors={errors("articleId")}
          inputProps={{ "data-focus": "first" }}
        />
        <TextAreaField
          className="col-span-2 md:col-span-3 lg:col-span-6"
          label={t.description}
          name={`lines.${index}.description`}
          rows={1}
          required
          maxLength={documentLimits.description}
          value={line.description}
          onChange={(event) => onChange({ description: event.target.value })}
          {...field("description")}
        />
        <SelectField
          className="col-span-2 md:col-span-2 lg:col-span-2"
          label={t.lineKind}
          name={`lines.${index}.kind`}
          value={line.kind}
          onChange={(event) => onChange({ kind: event.target.value as LineKindField })}
          options={[
            { value: "SERVICE", label: props.kinds.SERVICE },
            { value: "GOODS", label: props.kinds.GOODS },
          ]}
          {...field("kind")}
        />
        <TextField
          className="lg:col-span-2"
          label={t.quantity}
          name={`lines.${index}.quantity`}
          inputMode="decimal"
          autoComplete="off"
          value={line.quantity}
          onChange={(event) => onChange({ quantity: event.target.value })}
          {...field("quantity")}
        />
        <TextField
          className="lg:col-span-2"
          label={t.unit}
          name={`lines.${index}.unit`}
          list={props.unitListId}
          autoComplete="off"
          maxLength={20}
          value={line.unit}
          onChange={(event) => onChange({ unit: event.target.value })}
          {...field("unit")}
        />
        <TextField
          className="lg:col-span-2"
          label={props.pricesIncludeVat ? t.unitPriceInclVat : t.unitPrice}
          name={`lines.${index}.unitPrice`}
          inputMode="decimal"
          autoComplete="off"
          value={line.unitPrice}
          onChange={(event) => onChange({ unitPrice: event.target.value })}
          {...field("unitPrice")}
        />
        {props.vatExempt ? null : (
          <VatSelect
            className="lg:col-span-2"
            name={`lines.${index}.vatCategory`}
            line={line}
            locale={props.locale}
            labels={t}
            onChange={props.onVatChange}
            onBlur={() => {
              onLeaveField("vatRate");
              onLeaveField("vatCategory");
            }}
            errors={joined(
              errors("vatRate"),
              errors("vatCategory"),
              // Without a reason select (S, Z), a reason's problem is the category's to fix.
              props.reasonCategory ? undefined : errors("vatExemptionCode"),
            )}
          />
        )}
        <SelectField
          className="lg:col-span-2"
          label={t.discountKind}
          name={`lines.${index}.discountKind`}
          value={line.discountKind}
          onChange={(event) => onChange({ discountKind: event.target.value as DiscountKindField })}
          options={[
            { value: "", label: t.discountKinds.none },
            { value: "PERCENT", label: t.discountKinds.PERCENT },
            { value: "AMOUNT", label: t.discountKinds.AMOUNT },
          ]}
          {...field("discountKind")}
        />
        {line.discountKind ? (
          <TextField
            className="lg:col-span-2"
            label={t.discountValue}
            name={`lines.${index}.discountValue`}
            inputMode="decimal"
            autoComplete="off"
            value={line.discountValue}
            onChange={(event) => onChange({ discountValue: event.target.value })}
            {...field("discountValue")}
          />
        ) : null}
        {!props.vatExempt && props.reasonCategory ? (
          <VatReasonSelect
            className="col-span-2 md:col-span-6 lg:col-span-10"
            name={`lines.${index}.vatExemptionCode`}
            category={props.reasonCategory}
            value={line.vatExemptionCode}
            locale={props.locale}
            labels={t}
            onChange={(code) => onChange({ vatExemptionCode: code })}
            onBlur={() => onLeaveField("vatExemptionCode")}
            errors={errors("vatExemptionCode")}
          />
        ) : null}
        <div className="col-span-2 flex flex-col justify-end text-right md:col-span-6 lg:col-span-12">
          <span className="text-sm text-slate-500">{props.pricesIncludeVat ? t.lineNetInclVat : t.lineNet}</span>
          <span data-testid="line-net" className="text-base font-semibold tabular-nums text-slate-900">
            {props.net === null ? (
              <span className="text-sm font-normal text-slate-500">{t.lineIncomplete}</span>
            ) : (
              formatMoney(props.net, props.locale)
            )}
          </span>
        </div>
      </div>
      {errors("line")?.length ? (
        <ul className="mt-2 text-sm text-red-700">
          {errors("line")!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** Messages of several fields as one list (none: undefined, as the fields expect). */
function joined(...lists: (string[] | undefined)[]): string[] | undefined {
  const all = [...new Set(lists.flatMap((list) => list ?? []))];
  return all.length > 0 ? all : undefined;
}
