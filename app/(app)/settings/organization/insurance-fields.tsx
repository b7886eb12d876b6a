import { TextField } from "@/components/forms/text-field";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";

/** Professional insurance (optional): printed on quotes and invoices once the insurer is set. */
export function InsuranceFields({ field, messages }: FieldsetProps) {
  const t = messages.settings.organization;
  return (
    <Fieldset legend={t.sections.insurance} description={t.insuranceLead}>
      <TextField
        label={t.fields.insurerName}
        autoComplete="off"
        maxLength={200}
        hint={t.hints.insurerName}
        {...field("insurerName")}
      />
      <TextField
        label={t.fields.insurancePolicyNumber}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        {...field("insurancePolicyNumber")}
      />
      <TextField
        label={t.fields.insuranceCoverage}
        autoComplete="off"
        maxLength={200}
        className="md:col-span-2"
        hint={t.hints.insuranceCoverage}
        {...field("insuranceCoverage")}
      />
    </Fieldset>
  );
}
