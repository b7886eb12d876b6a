import { controlClassName, FieldMessages, useFieldA11y } from "./field-parts";

type SelectFieldProps = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  /** Already translated messages for this field. */
  errors?: string[];
};

/** A labelled <select> whose errors are announced and tied to it, like TextField. */
export function SelectField({ label, name, options, errors, className, ...select }: SelectFieldProps) {
  const a11y = useFieldA11y(false, errors);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        // React marks the default option only when the <select> mounts, and resets the form after
        // every action: without a new element for a new defaultValue (the saved one), the reset
        // would show the first default again (facebook/react#32362) and the next save send it.
        key={String(select.defaultValue)}
        name={name}
        {...a11y.controlProps}
        className={controlClassName}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages a11y={a11y} errors={errors} />
    </div>
  );
}
