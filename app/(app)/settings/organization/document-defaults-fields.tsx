import { CheckboxField } from "@/components/forms/checkbox-field";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";
import { MentionsPreview } from "./mentions-preview";

export function DocumentDefaultsFields(props: FieldsetProps) {
  const { field, checkbox, options, messages } = props;
  const t = messages.settings.organization;
  return (
    <Fieldset legend={t.sections.documents}>
      <SelectField label={t.fields.defaultLanguage} options={options.languages} {...field("defaultLanguage")} />
      <SelectField label={t.fields.currency} options={options.currencies} {...field("currency")} />
      <div className="space-y-2">
        <TextField
          label={t.fields.paymentTermsDays}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          hint={t.hints.paymentTermsDays}
          {...field("paymentTermsDays")}
        />
        <CheckboxField label={t.fields.paymentTermsEndOfMonth} {...checkbox("paymentTermsEndOfMonth")} />
      </div>
      <TextField
        label={t.fields.quoteValidityDays}
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        hint={t.hints.quoteValidityDays}
        {...field("quoteValidityDays")}
      />
      <CheckboxField
        label={t.fields.b2bRecoveryIndemnity}
        className="md:col-span-2"
        {...checkbox("b2bRecoveryIndemnity")}
      />
      <TextAreaField
        label={t.fields.latePenaltyText}
        rows={2}
        maxLength={1000}
        hint={t.hints.latePenaltyText}
        {...field("latePenaltyText")}
      />
      <TextAreaField
        label={t.fields.earlyPaymentDiscountText}
        rows={2}
        maxLength={1000}
        hint={t.hints.earlyPaymentDiscountText}
        {...field("earlyPaymentDiscountText")}
      />
      <TextAreaField
        label={t.fields.footerText}
        rows={2}
        maxLength={1000}
        className="md:col-span-2"
        hint={t.hints.footerText}
        {...field("footerText")}
      />
      <MentionsPreview {...props} />
    </Fieldset>
  );
}
