import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { legalFormsWithCapital, type LegalForm } from "@/lib/organization-settings/settings-options";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";

export function IdentityFields({ field, current, options, messages }: FieldsetProps) {
  const t = messages.settings.organization;
  const capitalRequired = legalFormsWithCapital.includes(current.legalForm as LegalForm);
  return (
    <Fieldset legend={t.sections.identity}>
      <TextField
        label={t.fields.legalName}
        required
        maxLength={200}
        autoComplete="organization"
        {...field("legalName")}
      />
      <TextField label={t.fields.tradeName} maxLength={200} {...field("tradeName")} />
      <SelectField label={t.fields.legalForm} options={options.legalForms} {...field("legalForm")} />
      {current.legalForm === "OTHER" ? (
        <TextField label={t.fields.legalFormOther} required maxLength={100} {...field("legalFormOther")} />
      ) : null}
      <TextField
        label={capitalRequired ? t.fields.shareCapitalRequired : t.fields.shareCapital}
        inputMode="decimal"
        autoComplete="off"
        required={capitalRequired}
        maxLength={32}
        hint={t.hints.shareCapital}
        {...field("shareCapital")}
      />
      <TextField label={t.fields.email} type="email" maxLength={254} autoComplete="email" {...field("email")} />
      <TextField label={t.fields.phone} type="tel" maxLength={30} autoComplete="tel" {...field("phone")} />
      <TextField
        label={t.fields.website}
        type="url"
        inputMode="url"
        maxLength={200}
        autoComplete="url"
        {...field("website")}
      />
    </Fieldset>
  );
}
