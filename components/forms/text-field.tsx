import { controlClassName, FieldMessages, useFieldA11y } from "./field-parts";

type TextFieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  /** Already translated messages for this field. */
  errors?: string[];
  hint?: React.ReactNode;
};

/** A labelled input whose errors are announced and tied to it (aria-describedby). */
export function TextField({ label, name, errors, hint, className, ...input }: TextFieldProps) {
  const a11y = useFieldA11y(Boolean(hint), errors);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input name={name} {...a11y.controlProps} className={controlClassName} {...input} />
      <FieldMessages a11y={a11y} hint={hint} errors={errors} />
    </div>
  );
}
