import { useId } from "react";

// What every form field shares: ids tying the control to its hint and errors, so screen
// readers announce both, and the look of the messages under it.

export const controlClassName =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-500";

export type FieldA11y = {
  id: string;
  hintId: string;
  errorId: string;
  invalid: boolean;
  controlProps: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
};

export function useFieldA11y(hasHint: boolean, errors: string[] | undefined): FieldA11y {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [hasHint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return {
    id,
    hintId,
    errorId,
    invalid,
    controlProps: { id, "aria-invalid": invalid || undefined, "aria-describedby": describedBy },
  };
}

type FieldMessagesProps = { a11y: FieldA11y; hint?: React.ReactNode; errors?: string[]; indentClassName?: string };

export function FieldMessages({ a11y, hint, errors, indentClassName = "" }: FieldMessagesProps) {
  return (
    <>
      {hint ? (
        <div id={a11y.hintId} className={`${indentClassName} mt-1 text-sm text-slate-600`}>
          {hint}
        </div>
      ) : null}
      {a11y.invalid ? (
        <ul id={a11y.errorId} className={`${indentClassName} mt-1 text-sm text-red-700`}>
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
