import { useId } from "react";

type CheckboxFieldProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: React.ReactNode;
  name: string;
  /** Already translated messages for this field. */
  errors?: string[];
  hint?: React.ReactNode;
};

/** A checkbox with its label beside it (the label is clickable), errors tied like TextField's. */
export function CheckboxField({ label, name, errors, hint, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-600/30"
          {...input}
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <div id={hintId} className="ml-6 mt-1 text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      {invalid ? (
        <ul id={errorId} className="ml-6 mt-1 text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
