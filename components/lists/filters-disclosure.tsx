"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

type FiltersDisclosureProps = {
  /** The button's text on small screens ("Filtres"). */
  label: string;
  /** Some filter is set: start open, and say so on the button. */
  active?: boolean;
  children: React.ReactNode;
};

/**
 * The filter fields of a list's search form: folded behind a button below `md`, laid out
 * inline (as direct items of the form's flex row) from `md` up.
 */
export function FiltersDisclosure({ label, active = false, children }: FiltersDisclosureProps) {
  const [open, setOpen] = useState(active);
  const id = useId();
  return (
    <>
      <Button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        variant="secondary"
        className="gap-1 md:hidden"
      >
        {label}
        {active ? (
          <span aria-hidden="true" className="text-brand-700">
            •
          </span>
        ) : null}
        <span aria-hidden="true" className="text-slate-500">
          {open ? "▲" : "▼"}
        </span>
      </Button>
      <div id={id} className={`${open ? "flex w-full flex-wrap items-end gap-2" : "hidden"} md:contents`}>
        {children}
      </div>
    </>
  );
}
