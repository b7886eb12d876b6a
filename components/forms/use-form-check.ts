"use client";

import { useRef, useState } from "react";

type FieldErrors = Record<string, string[]>;

/** A form's check in the browser: its data → field errors, or null when it may be sent. */
export type FormCheck = (data: FormData) => FieldErrors | null;

/**
 * The browser's check of a form before it is sent, from a module loaded on demand. The checks
 * are the server's own zod schemas, and zod (32 KB gzip, 110 KB of script to parse) was in the
 * first JavaScript of every page with a dialog form, though a check runs only on a submit
 * (Lighthouse mobile, issue 11). `preload` starts loading it (call it when the form comes into
 * use: its dialog opens); a submit before it has arrived waits for it, then submits again. If
 * it cannot be loaded, the form goes unchecked: the server checks the same schema.
 * `errors`: what the last check found (null: nothing, or not checked yet).
 */
export function useFormCheck(load: () => Promise<FormCheck>) {
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const check = useRef<FormCheck | null>(null);
  const loading = useRef<Promise<FormCheck> | null>(null);

  const preload = (): Promise<FormCheck> => {
    loading.current ??= load()
      .catch((): FormCheck => () => null)
      .then((loaded) => (check.current = loaded));
    return loading.current;
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    if (!check.current) {
      event.preventDefault();
      void preload().then(() => {
        if (form.isConnected) form.requestSubmit();
      });
      return;
    }
    const found = check.current(new FormData(form));
    setErrors(found);
    if (found) {
      event.preventDefault();
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  };

  return { errors, setErrors, preload, onSubmit };
}
