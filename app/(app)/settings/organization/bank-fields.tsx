import { TextField } from "@/components/forms/text-field";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";

export function BankFields({ field, messages }: FieldsetProps) {
  const t = messages.settings.organization;
  return (
    <Fieldset legend={t.sections.bank}>
      <TextField
        label={t.fields.iban}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        className="md:col-span-2"
        hint={t.hints.iban}
        {...field("iban")}
      />
      <TextField label={t.fields.bic} autoComplete="off" spellCheck={false} maxLength={16} {...field("bic")} />
    </Fieldset>
  );
}
