"use client";

import { useFormStatus } from "react-dom";

type SubmitButtonProps = { children: React.ReactNode; pendingLabel: string; className?: string };

/** Disabled while its form is submitting, and says so to screen readers. */
export function SubmitButton({ children, pendingLabel, className }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={
        className ??
        "inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      }
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
