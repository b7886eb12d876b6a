import { controlClassName, FieldMessages, useFieldA11y } from "./field-parts";

type TextAreaFieldProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  /** Already translated messages for this field. */
  errors?: string[];
  hint?: React.ReactNode;
};

/** A labelled multi-line input whose hint and errors are tied to it, like TextField. */
export function TextAreaField({ label, name, errors, hint, className, ...textarea }: TextAreaFieldProps) {
  const a11y = useFieldA11y(Boolean(hint), errors);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea name={name} {...a11y.controlProps} className={controlClassName} {...textarea} />
      <FieldMessages a11y={a11y} hint={hint} errors={errors} />
    </div>
  );
}
