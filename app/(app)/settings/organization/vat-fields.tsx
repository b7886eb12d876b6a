"use client";

import { useState } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { format } from "@/lib/i18n/format";
import { vatNumberFromSiren } from "@/lib/validation/french-identifiers";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";

type VatFieldsProps = FieldsetProps & {
  /** Called after a field was filled in by code (the computed VAT number). */
  onFilled: (form: HTMLFormElement, name: string) => void;
};

export function VatFields({ field, checkbox, current, options, messages, onFilled }: VatFieldsProps) {
  const t = messages.settings.organization;
  const [announcement, setAnnouncement] = useState("");
  const franchise = current.vatRegime === "FRANCHISE";

  function computeVat(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    const siren = form?.elements.namedItem("siren");
    const vat = siren instanceof HTMLInputElement ? vatNumberFromSiren(siren.value) : null;
    const input = form?.elements.namedItem("vatNumber");
    if (!form || !vat || !(input instanceof HTMLInputElement)) {
      setAnnouncement(t.computeVatNeedsSiren);
      return;
    }
    input.value = vat;
    onFilled(form, "vatNumber");
    setAnnouncement(format(t.computedVat, { vat }));
  }

  return (
    <Fieldset legend={t.sections.vat}>
      <SelectField label={t.fields.vatRegime} options={options.vatRegimes} {...field("vatRegime")} />
      <div>
        <TextField
          label={t.fields.vatNumber}
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          hint={t.hints.vatNumber}
          {...field("vatNumber")}
        />
        <button
          type="button"
          onClick={computeVat}
          className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {t.computeVat}
        </button>
        <p aria-live="polite" className="mt-1 text-sm text-slate-600">
          {announcement}
        </p>
      </div>
      {franchise ? (
        // Franchise: no VAT at all. The select shows 0 % but is not sent; the server forces 0.
        <SelectField
          key="franchise"
          label={t.fields.defaultVatRateBps}
          name="defaultVatRateBpsShown"
          disabled
          defaultValue="0"
          options={options.vatRates}
        />
      ) : (
        <SelectField
          key="normal"
          label={t.fields.defaultVatRateBps}
          options={options.vatRates}
          {...field("defaultVatRateBps")}
        />
      )}
      {franchise ? (
        <p className="self-end rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.franchiseNote}</p>
      ) : (
        <CheckboxField label={t.fields.vatOnDebits} className="self-end" {...checkbox("vatOnDebits")} />
      )}
    </Fieldset>
  );
}
