"use client";

import { useId, useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";

type ConfirmButtonProps = {
  /** Label of the button that opens the confirmation. */
  children: React.ReactNode;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The destructive action, run only after confirmation (a server action). */
  action: (formData: FormData) => void | Promise<void>;
  /** Hidden fields sent with the action (e.g. the id of the row). */
  fields?: Record<string, string>;
  tone?: "danger" | "default";
  className?: string;
};

/**
 * Destructive actions ask first, in a native modal dialog: focus moves into it, Escape
 * cancels, and the page behind cannot be clicked.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  cancelLabel,
  action,
  fields = {},
  tone = "danger",
  className,
}: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className={className ?? buttonClass({ variant: "ghostDanger", size: "xs" })}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-2 text-sm text-slate-600">{body}</div>
        <form action={action} onSubmit={() => dialog.current?.close()} className="mt-6 flex justify-end gap-2">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Button type="button" onClick={() => dialog.current?.close()} variant="secondary">
            {cancelLabel}
          </Button>
          <Button type="submit" variant={tone === "danger" ? "destructive" : "primary"}>
            {confirmLabel}
          </Button>
        </form>
      </dialog>
    </>
  );
}
