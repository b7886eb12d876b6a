"use client";

import { useId, useRef } from "react";
import { format } from "@/lib/i18n/format";

export type EmailRow = { key: number; value: string };

type EmailFieldsProps = {
  rows: EmailRow[];
  onChange: (rows: EmailRow[]) => void;
  /** Translated errors per row (by position) and for the whole list. */
  rowErrors: (string[] | undefined)[];
  listErrors?: string[];
  max: number;
  labels: { legendHint: string; emailLabel: string; addEmail: string; removeEmail: string };
};

let nextKey = 1000;

/**
 * The client's addresses as repeated `emails` inputs. "Add" puts the cursor in the new input;
 * "Remove" moves it to the input before (or to "Add"), so the list is usable from the keyboard.
 */
export function EmailFields({ rows, onChange, rowErrors, listErrors, max, labels }: EmailFieldsProps) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const focusRow = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLInputElement>("input")[index]?.focus());

  const add = () => {
    onChange([...rows, { key: nextKey++, value: "" }]);
    focusRow(rows.length);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    if (index > 0) focusRow(index - 1);
    else requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>("input")?.focus());
  };
  const listInvalid = Boolean(listErrors && listErrors.length > 0);

  return (
    <div className="space-y-3">
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {labels.legendHint}
      </p>
      <div ref={list} className="space-y-3">
        {rows.map((row, index) => {
          const inputId = `${id}-email-${row.key}`;
          const errors = rowErrors[index];
          const invalid = Boolean(errors && errors.length > 0) || listInvalid;
          const number = index + 1;
          return (
            <div key={row.key}>
              <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
                {format(labels.emailLabel, { number })}
              </label>
              <div className="mt-1 flex gap-2">
                <input
                  id={inputId}
                  name="emails"
                  type="email"
                  inputMode="email"
                  autoComplete="off"
                  maxLength={254}
                  value={row.value}
                  onChange={(event) =>
                    onChange(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))
                  }
                  aria-invalid={invalid || undefined}
                  aria-describedby={
                    [`${id}-hint`, errors?.length ? `${inputId}-error` : null, listInvalid ? `${id}-list-error` : null]
                      .filter(Boolean)
                      .join(" ") || undefined
                  }
                  className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-500"
                />
                {rows.length > 1 ? (
                  <button
                    type="button"
                    onClick={() => remove(index)}
                    aria-label={format(labels.removeEmail, { number })}
                    className="shrink-0 rounded-lg border border-slate-300 px-3 text-slate-600 hover:bg-slate-50"
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                ) : null}
              </div>
              {errors?.length ? (
                <ul id={`${inputId}-error`} className="mt-1 text-sm text-red-700">
                  {errors.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
      {listInvalid ? (
        <ul id={`${id}-list-error`} className="text-sm text-red-700">
          {listErrors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {rows.length < max ? (
        <button
          type="button"
          onClick={add}
          className="rounded-lg border border-dashed border-slate-300 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          + {labels.addEmail}
        </button>
      ) : null}
    </div>
  );
}
