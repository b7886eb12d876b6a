"use client";

import { FieldMessages, useFieldA11y } from "@/components/forms/field-parts";
import { lineControlClassName, lineLabelClassName } from "./line-grid";

// The fields of a line's row: TextField and SelectField with the row's label and control
// (the label only for screen readers once the line is a compact row, see line-grid.ts).

type LineTextFieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  /** Already translated messages for this field. */
  errors?: string[];
};

export function LineTextField({ label, name, errors, className, ...input }: LineTextFieldProps) {
  const a11y = useFieldA11y(false, errors);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className={lineLabelClassName}>
        {label}
      </label>
      <input name={name} {...a11y.controlProps} className={lineControlClassName} {...input} />
      <FieldMessages a11y={a11y} errors={errors} />
    </div>
  );
}

type LineSelectFieldProps = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  errors?: string[];
};

export function LineSelectField({ label, name, options, errors, className, ...select }: LineSelectFieldProps) {
  const a11y = useFieldA11y(false, errors);
  return (
    <div className={className}>
      <label htmlFor={a11y.id} className={lineLabelClassName}>
        {label}
      </label>
      <select name={name} {...a11y.controlProps} className={lineControlClassName} {...select}>
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
