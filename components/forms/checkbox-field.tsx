import { FieldMessages, useFieldA11y } from "./field-parts";

type CheckboxFieldProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: React.ReactNode;
  name: string;
  /** Already translated messages for this field. */
  errors?: string[];
  hint?: React.ReactNode;
};

/** A checkbox with its label beside it (the label is clickable), errors tied like TextField's. */
export function CheckboxField({ label, name, errors, hint, className, ...input }: CheckboxFieldProps) {
  const a11y = useFieldA11y(Boolean(hint), errors);
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          name={name}
          {...a11y.controlProps}
          className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-600/30"
          {...input}
        />
        <label htmlFor={a11y.id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <FieldMessages a11y={a11y} hint={hint} errors={errors} indentClassName="ml-6" />
    </div>
  );
}
