"use client";

import { controlClassName, FieldMessages, useFieldA11y } from "@/components/forms/field-parts";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { FRENCH_VAT_RATES_BPS, formatVatRate } from "@/lib/money/vat-rates";
import { VAT_CATEGORY_LABELS, VAT_CATEGORY_SHORT, reasonsOfCategory, type VatCategory } from "@/lib/vat/vat-categories";
import { OTHER_CATEGORIES, vatSelectValue, type LineVatFields } from "./line-vat";

const STANDARD_RATES = FRENCH_VAT_RATES_BPS.filter((bps) => bps > 0);

type VatSelectProps = {
  name: string;
  line: Pick<LineVatFields, "vatRate" | "vatCategory">;
  locale: Locale;
  labels: Messages["documentEditor"];
  onChange: (value: string) => void;
  onBlur: () => void;
  errors?: string[];
  className?: string;
  /** The line's row gives its own label and control look (line-grid.ts); the form's by default. */
  labelClassName?: string;
  selectClassName?: string;
};

/**
 * A line's VAT in one select: the French rates (standard VAT, category S), then the cases
 * without VAT by their short name (zero-rated, exempt, reverse charge, intra-community supply,
 * export, outside the scope). The value is the rate ("2000") or the category ("AE").
 */
export function VatSelect(props: VatSelectProps) {
  const { name, line, locale, labels: t, onChange, onBlur, errors, className } = props;
  const a11y = useFieldA11y(false, errors);
  const value = vatSelectValue(line);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className={props.labelClassName ?? "block text-sm font-medium text-slate-800"}>
        {t.vatRate}
      </label>
      <select
        name={name}
        {...a11y.controlProps}
        className={props.selectClassName ?? controlClassName}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      >
        {/* A line without a valid choice yet (a 0 % rate with no category). */}
        {value === "" ? <option value="">—</option> : null}
        <optgroup label={t.vatGroupRates}>
          {STANDARD_RATES.map((bps) => (
            <option key={bps} value={String(bps)}>
              {formatVatRate(bps, locale)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t.vatGroupOther}>
          {OTHER_CATEGORIES.map((category) => (
            <option key={category} value={category} title={VAT_CATEGORY_LABELS[locale][category]}>
              {VAT_CATEGORY_SHORT[locale][category]}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldMessages a11y={a11y} errors={errors} />
    </div>
  );
}

type VatReasonSelectProps = {
  name: string;
  category: VatCategory;
  value: string;
  locale: Locale;
  labels: Messages["documentEditor"];
  onChange: (code: string) => void;
  onBlur: () => void;
  errors?: string[];
  className?: string;
};

/** Why a line has no VAT: the reasons of its category only (required; the mention printed). */
export function VatReasonSelect(props: VatReasonSelectProps) {
  const { name, category, value, locale, labels: t, errors, className } = props;
  const a11y = useFieldA11y(false, errors);
  const reasons = reasonsOfCategory(category);
  const known = reasons.some((reason) => reason.code === value);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className="block text-sm font-medium text-slate-800">
        {t.vatReason}
      </label>
      <select
        name={name}
        required
        {...a11y.controlProps}
        className={controlClassName}
        value={known ? value : ""}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      >
        {known ? null : <option value="">{t.vatReasonChoose}</option>}
        {reasons.map((reason) => (
          <option key={reason.code} value={reason.code}>
            {reason.text[locale]}
          </option>
        ))}
      </select>
      <FieldMessages a11y={a11y} errors={errors} />
    </div>
  );
}
