"use client";

import { useState } from "react";
import type { FormState } from "../../../_shared/form-state";

type Validate = (form: HTMLFormElement) => Record<string, string[]>;

type Check = { state: FormState; touched: ReadonlySet<string>; submitted: boolean; errors: Record<string, string[]> };

/**
 * Field errors computed in the browser with the server's own schema: a field shows its
 * errors once it has been left (blur), every field once submit was tried, and an invalid
 * form is not sent. A new answer from the server starts over with its own errors.
 */
export function useLiveValidation(state: FormState, validate: Validate) {
  const [check, setCheck] = useState<Check | null>(null);
  const current = check?.state === state ? check : null;

  const visible: Record<string, string[]> = current
    ? Object.fromEntries(
        Object.entries(current.errors).filter(([field]) => current.submitted || current.touched.has(field)),
      )
    : (state.fieldErrors ?? {});

  function revalidate(form: HTMLFormElement, field?: string, submitted = false) {
    const touched = new Set(current?.touched);
    if (field) touched.add(field);
    const errors = validate(form);
    setCheck({ state, touched, submitted: submitted || Boolean(current?.submitted), errors });
    return errors;
  }

  return {
    errors: visible,
    /** True once submit was tried and refused in the browser. */
    refused: Boolean(current?.submitted && Object.keys(current.errors).length > 0),
    onBlur(event: React.FocusEvent<HTMLFormElement>) {
      const name = (event.target as Partial<HTMLInputElement>).name;
      if (name) revalidate(event.currentTarget, name);
    },
    /** While typing, only clears or updates errors already shown (no error appears mid-word). */
    onChange(event: React.ChangeEvent<HTMLFormElement>) {
      const name = (event.target as Partial<HTMLInputElement>).name;
      if (name && (visible[name] || current?.submitted)) revalidate(event.currentTarget, name);
    },
    /** A field filled in by code: check it as if it had been left. */
    touch(form: HTMLFormElement, name: string) {
      revalidate(form, name);
    },
    onSubmit(event: React.FormEvent<HTMLFormElement>) {
      const form = event.currentTarget;
      const errors = revalidate(form, undefined, true);
      if (Object.keys(errors).length === 0) return;
      event.preventDefault();
      const first = Array.from(form.elements).find(
        (element): element is HTMLInputElement => "name" in element && (element as HTMLInputElement).name in errors,
      );
      first?.focus();
    },
  };
}
