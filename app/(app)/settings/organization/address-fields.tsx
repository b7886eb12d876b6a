import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";

export function AddressFields({ field, current, options, messages }: FieldsetProps) {
  const t = messages.settings.organization;
  return (
    <Fieldset legend={t.sections.address}>
      <TextField
        label={t.fields.addressLine1}
        required
        maxLength={200}
        autoComplete="address-line1"
        {...field("addressLine1")}
      />
      <TextField
        label={t.fields.addressLine2}
        maxLength={200}
        autoComplete="address-line2"
        {...field("addressLine2")}
      />
      <TextField
        label={t.fields.postalCode}
        required
        maxLength={16}
        autoComplete="postal-code"
        inputMode={current.country === "FR" ? "numeric" : "text"}
        {...field("postalCode")}
      />
      <TextField label={t.fields.city} required maxLength={100} autoComplete="address-level2" {...field("city")} />
      <SelectField label={t.fields.country} options={options.countries} autoComplete="country" {...field("country")} />
    </Fieldset>
  );
}
