"use client";

import { useId, useState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { documentLimits } from "@/lib/documents/document-schema";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { reasonsOfCategory, type VatCategory } from "@/lib/vat/vat-categories";
import { ArticlePicker, type ArticleOption } from "./article-picker";
import type { DiscountKindField, EditorLine, LineKindField } from "./editor-values";
import { splitDescription, withDesignation, withDetails } from "./line-description";
import { LineSelectField, LineTextField } from "./line-fields";
import { lineColumns, lineColumnsNoVat, lineControlClassName, lineGridSpacing, lineLabelClassName } from "./line-grid";
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
  "inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40 @min-[58rem]:h-8 @min-[58rem]:w-6 @min-[58rem]:border-transparent @min-[58rem]:bg-transparent @min-[58rem]:text-slate-500";

/**
 * One line of the editor: a labelled group (fieldset "Line n"). Where its container is wide it
 * is one compact row — move/remove, article, designation, quantity, unit, price, VAT,
 * discount, net — and the rarely used fields (long description, goods or service, VAT
 * exemption reason) fold out behind its "Details" button; on a phone, a card of the same
 * fields in the same order. The DOM order is the visual order, so Tab walks the row left to
 * right, and the folded fields come right after the button that shows them.
 */
export function LineRow(props: LineRowProps) {
  const { line, index, count, labels: t, errors, onChange, onLeaveField } = props;
  const n = index + 1;
  const field = (name: keyof EditorLine) => ({
    onBlur: () => onLeaveField(name),
    errors: errors(name),
  });
  const legendId = `line-${line.key}-legend`;
  const detailsId = useId();
  const description = splitDescription(line.description);
  const reasonCategory = props.vatExempt ? null : props.reasonCategory;
  const reasonCodes = reasonCategory ? reasonsOfCategory(reasonCategory).map((reason) => reason.code) : [];
  const reasonChosen = reasonCodes.includes(line.vatExemptionCode);

  // The details open by themselves when a folded field needs the user (an error, a reason to
  // choose) or holds what they would otherwise not see (a long description, a reason other
  // than the category's usual one): when the line is shown, and whenever that becomes true.
  const attention =
    Boolean(errors("kind")) || (reasonCategory !== null && (!reasonChosen || Boolean(errors("vatExemptionCode"))));
  const filled = description.details.trim() !== "" || (reasonChosen && line.vatExemptionCode !== reasonCodes[0]);
  const [open, setOpen] = useState(attention || filled);
  const [seen, setSeen] = useState({ attention, filled });
  if (seen.attention !== attention || seen.filled !== filled) {
    setSeen({ attention, filled });
    if ((attention && !seen.attention) || (filled && !seen.filled)) setOpen(true);
  }

  return (
    <fieldset
      data-line-key={line.key}
      aria-labelledby={legendId}
      className="relative rounded-xl border border-slate-200 bg-white p-4 @min-[58rem]:rounded-none @min-[58rem]:border-0 @min-[58rem]:border-b @min-[58rem]:border-slate-100 @min-[58rem]:px-0 @min-[58rem]:py-1.5 @min-[58rem]:last:border-b-0"
    >
      <div
        className={`grid grid-cols-2 gap-3 @2xl:grid-cols-4 @min-[58rem]:items-start @min-[58rem]:gap-y-0 ${props.vatExempt ? lineColumnsNoVat : lineColumns} ${lineGridSpacing}`}
      >
        <div className="col-span-2 flex flex-wrap items-center justify-between gap-2 @2xl:col-span-4 @min-[58rem]:contents">
          <h3 id={legendId} className="text-sm font-semibold text-slate-700 @min-[58rem]:sr-only">
            {format(t.lineLegend, { n })}
          </h3>
          <div className="flex gap-1 @min-[58rem]:col-span-1 @min-[58rem]:gap-0.5 @min-[58rem]:pt-px">
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
              className={`${iconButton} text-red-700 hover:bg-red-50 @min-[58rem]:text-red-700`}
              disabled={count === 1}
              aria-label={format(t.removeLine, { n })}
              onClick={props.onRemove}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        </div>

        <ArticlePicker
          className="col-span-2 @min-[58rem]:col-span-1"
          labelClassName={lineLabelClassName}
          inputClassName={lineControlClassName}
          // A wider list than the narrow column, over the designation.
          listWidthClassName="inset-x-0 @min-[58rem]:right-auto @min-[58rem]:w-[26rem]"
          label={t.article}
          placeholder={t.articleSearch}
          selectedText={line.articleLabel}
          search={props.searchArticles}
          onSelect={props.onPickArticle}
          onClear={() => onChange({ articleId: "", articleLabel: "" })}
          texts={{ noResults: t.noArticles, searching: t.searching }}
          locale={props.locale}
          errors={errors("articleId")}
          inputProps={{ "data-focus": "first" }}
        />
        <LineTextField
          className="col-span-2 @min-[58rem]:col-span-1"
          label={t.description}
          name={`lines.${index}.description`}
          required
          autoComplete="off"
          maxLength={documentLimits.description}
          value={description.designation}
          onChange={(event) => onChange({ description: withDesignation(line.description, event.target.value) })}
          {...field("description")}
        />
        <LineTextField
          label={t.quantity}
          name={`lines.${index}.quantity`}
          inputMode="decimal"
          autoComplete="off"
          value={line.quantity}
          onChange={(event) => onChange({ quantity: event.target.value })}
          {...field("quantity")}
        />
        <LineTextField
          label={t.unit}
          name={`lines.${index}.unit`}
          list={props.unitListId}
          autoComplete="off"
          maxLength={20}
          value={line.unit}
          onChange={(event) => onChange({ unit: event.target.value })}
          {...field("unit")}
        />
        <LineTextField
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
            labelClassName={lineLabelClassName}
            selectClassName={lineControlClassName}
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
              reasonCategory ? undefined : errors("vatExemptionCode"),
            )}
          />
        )}
        <div className="col-span-2 flex gap-3 @min-[58rem]:col-span-1 @min-[58rem]:gap-1">
          <LineSelectField
            className={`min-w-0 flex-1 ${line.discountKind ? "@min-[58rem]:w-[4.25rem] @min-[58rem]:flex-none" : ""}`}
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
            <LineTextField
              className="min-w-0 flex-1"
              label={t.discountValue}
              name={`lines.${index}.discountValue`}
              inputMode="decimal"
              autoComplete="off"
              value={line.discountValue}
              onChange={(event) => onChange({ discountValue: event.target.value })}
              {...field("discountValue")}
            />
          ) : null}
        </div>
        <div className="col-span-2 flex flex-row-reverse items-end justify-between gap-3 @min-[58rem]:contents">
          {/* 16 px lines in the row: "Incomplete line" may wrap to two and still fit its height. */}
          <p className="text-right @min-[58rem]:pt-2">
            <span className="block text-sm text-slate-500 @min-[58rem]:sr-only">
              {props.pricesIncludeVat ? t.lineNetInclVat : t.lineNet}
            </span>
            <span
              data-testid="line-net"
              className="block text-base font-semibold tabular-nums text-slate-900 @min-[58rem]:text-sm @min-[58rem]:leading-4"
            >
              {props.net === null ? (
                <span className="text-sm font-normal text-slate-500 @min-[58rem]:text-xs">{t.lineIncomplete}</span>
              ) : (
                formatMoney(props.net, props.locale)
              )}
            </span>
          </p>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={format(t.lineDetailsToggle, { n })}
            onClick={() => setOpen((current) => !current)}
            className="inline-flex h-9 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:bg-slate-50 @min-[58rem]:h-8 @min-[58rem]:w-7 @min-[58rem]:justify-center @min-[58rem]:border-transparent @min-[58rem]:bg-transparent @min-[58rem]:px-0"
          >
            <span className="@min-[58rem]:sr-only">{t.lineDetails}</span>
            <span aria-hidden="true" className={`transition-transform ${open ? "rotate-180" : ""}`}>
              ▾
            </span>
            {filled && !open ? (
              // Folded fields hold something: a dot on the button says so.
              <span aria-hidden="true" className="h-1.5 w-1.5 rounded-full bg-brand-600" />
            ) : null}
          </button>
        </div>
      </div>

      <div
        id={detailsId}
        hidden={!open}
        className="mt-3 grid gap-3 border-t border-slate-100 pt-3 @2xl:grid-cols-4 @min-[58rem]:mt-1.5 @min-[58rem]:mb-1.5 @min-[58rem]:ml-[5.625rem] @min-[58rem]:mr-2 @min-[58rem]:border-t-0 @min-[58rem]:pt-0"
      >
        <TextAreaField
          className="@2xl:col-span-4"
          label={t.longDescription}
          hint={t.longDescriptionHint}
          name={`lines.${index}.longDescription`}
          rows={2}
          maxLength={documentLimits.description}
          value={description.details}
          onChange={(event) => onChange({ description: withDetails(line.description, event.target.value) })}
          onBlur={() => onLeaveField("description")}
        />
        <SelectField
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
        {reasonCategory ? (
          <VatReasonSelect
            className="@2xl:col-span-3"
            name={`lines.${index}.vatExemptionCode`}
            category={reasonCategory}
            value={line.vatExemptionCode}
            locale={props.locale}
            labels={t}
            onChange={(code) => onChange({ vatExemptionCode: code })}
            onBlur={() => onLeaveField("vatExemptionCode")}
            errors={errors("vatExemptionCode")}
          />
        ) : null}
      </div>
      {errors("line")?.length ? (
        <ul className="mt-2 text-sm text-red-700 @min-[58rem]:px-2">
          {errors("line")!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** The column headers of the compact rows: the fields' labels stay their accessible names. */
export function LineColumnHeaders({
  labels: t,
  vatExempt,
  pricesIncludeVat,
}: {
  labels: Messages["documentEditor"];
  vatExempt: boolean;
  pricesIncludeVat: boolean;
}) {
  const c = t.lineColumns;
  const numeric = "text-right";
  return (
    <div
      aria-hidden="true"
      className={`hidden border-b border-slate-200 py-2 text-xs font-medium text-slate-500 @min-[58rem]:grid ${vatExempt ? lineColumnsNoVat : lineColumns} ${lineGridSpacing}`}
    >
      <span />
      <span>{c.article}</span>
      <span>{c.description}</span>
      <span>{c.quantity}</span>
      <span>{c.unit}</span>
      <span>{pricesIncludeVat ? c.unitPriceInclVat : c.unitPrice}</span>
      {vatExempt ? null : <span>{c.vat}</span>}
      <span>{c.discount}</span>
      <span className={numeric}>{pricesIncludeVat ? c.totalInclVat : c.total}</span>
      <span />
    </div>
  );
}

/** Messages of several fields as one list (none: undefined, as the fields expect). */
function joined(...lists: (string[] | undefined)[]): string[] | undefined {
  const all = [...new Set(lists.flatMap((list) => list ?? []))];
  return all.length > 0 ? all : undefined;
}
