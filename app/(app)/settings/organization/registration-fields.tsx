import { TextField } from "@/components/forms/text-field";
import type { FieldsetProps } from "./field-props";
import { Fieldset } from "./fieldset";

export function RegistrationFields({ field, messages }: FieldsetProps) {
  const t = messages.settings.organization;
  return (
    <Fieldset legend={t.sections.registration}>
      <TextField
        label={t.fields.siren}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        hint={t.hints.siren}
        {...field("siren")}
      />
      <TextField
        label={t.fields.siret}
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
        hint={t.hints.siret}
        {...field("siret")}
      />
      <TextField label={t.fields.rcsCity} maxLength={100} hint={t.hints.rcsCity} {...field("rcsCity")} />
      <TextField label={t.fields.rmNumber} maxLength={50} hint={t.hints.rmNumber} {...field("rmNumber")} />
    </Fieldset>
  );
}
