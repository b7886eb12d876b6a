"use client";

import { useEffect, useId, useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";

type FormDialogProps = {
  /** Label of the button that opens the dialog. */
  openLabel: React.ReactNode;
  title: string;
  description?: React.ReactNode;
  /** The form inside (its own fields, errors and buttons; DialogCancelButton to close). */
  children: React.ReactNode;
  /** Changes when the action succeeded: the dialog closes. */
  closeOn?: unknown;
  buttonClassName?: string;
  /** Called when the dialog opens (e.g. to start loading the form's check). */
  onOpen?: () => void;
};

/**
 * An action that needs a few fields (record a payment, convert a quote, credit an invoice):
 * a native modal dialog (focus moves in, Escape closes, the page behind is inert) holding a
 * form that stays open with its errors until the action succeeds.
 */
export function FormDialog({
  openLabel,
  title,
  description,
  children,
  closeOn,
  buttonClassName,
  onOpen,
}: FormDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const first = useRef(true);
  useEffect(() => {
    // Not on mount: only a new success closes it.
    if (first.current) {
      first.current = false;
      return;
    }
    dialog.current?.close();
  }, [closeOn]);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          onOpen?.();
          dialog.current?.showModal();
        }}
        className={buttonClassName ?? buttonClass({ variant: "secondary" })}
      >
        {openLabel}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description ? <div className="mt-2 text-sm text-slate-600">{description}</div> : null}
        <div className="mt-4">{children}</div>
      </dialog>
    </>
  );
}

/** Closes the dialog it is in, without submitting anything. */
export function DialogCancelButton({ children }: { children: React.ReactNode }) {
  return (
    <Button type="button" onClick={(event) => event.currentTarget.closest("dialog")?.close()} variant="secondary">
      {children}
    </Button>
  );
}
