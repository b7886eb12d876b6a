"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

// `className` replaces the look (give it a buttonClass()); the default is the auth pages' full-width button.
type SubmitButtonProps = { children: React.ReactNode; pendingLabel: string; className?: string };

/** Disabled while its form is submitting, and says so to screen readers. */
export function SubmitButton({ children, pendingLabel, className }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={className ?? buttonClass({ size: "xl", block: true })}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
