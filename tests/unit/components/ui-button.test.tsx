import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button, ButtonLink, buttonClass } from "@/components/ui/button";

const classes = (value: string) => value.split(" ").sort();

describe("buttonClass", () => {
  it("gives the primary button of the pages by default", () => {
    expect(classes(buttonClass())).toEqual(
      classes(
        "inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70",
      ),
    );
  });

  it("gives each variant its colours and each size its box", () => {
    expect(classes(buttonClass({ variant: "secondary" }))).toEqual(
      classes(
        "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70",
      ),
    );
    expect(buttonClass({ variant: "danger" })).toContain(
      "border-red-200 bg-white font-medium text-red-700 hover:bg-red-50",
    );
    expect(buttonClass({ variant: "destructive" })).toContain("bg-red-700 font-semibold text-white");
    expect(buttonClass({ variant: "caution" })).toContain("border-amber-300 bg-white font-medium text-amber-900");
    expect(classes(buttonClass({ variant: "ghost", size: "xs" }))).toEqual(
      classes(
        "rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70",
      ),
    );
    expect(buttonClass({ variant: "ghostDanger", size: "xs" })).toContain("text-red-700 hover:bg-red-50");
    expect(buttonClass({ variant: "plain" })).toContain("font-medium text-slate-700 hover:bg-slate-100");
    expect(buttonClass({ size: "sm" })).toContain("px-3 py-1.5 text-sm");
    // Form submits take the text size around them: no text-* class.
    expect(buttonClass({ size: "lg" })).toContain("px-4 py-2 ");
    expect(buttonClass({ size: "lg" })).not.toMatch(/\btext-(xs|sm|base)\b/);
    expect(buttonClass({ size: "xl" })).toContain("py-2.5");
    expect(buttonClass({ size: "hero" })).toContain("px-5 py-3");
  });

  it("can be full width, look unavailable when disabled, and take extra classes", () => {
    expect(buttonClass({ block: true }).split(" ")).toContain("w-full");
    expect(buttonClass().split(" ")).not.toContain("w-full");
    const unavailable = buttonClass({ disabledLook: "unavailable" });
    expect(unavailable).toContain("disabled:cursor-not-allowed disabled:opacity-60");
    expect(unavailable).not.toContain("disabled:cursor-wait");
    expect(buttonClass({ className: "mt-6" }).endsWith(" mt-6")).toBe(true);
  });
});

describe("Button", () => {
  it("is a native button of type button unless told, with the variant's classes", () => {
    render(<Button variant="secondary">Annuler</Button>);
    const button = screen.getByRole("button", { name: "Annuler" });
    expect(button).toHaveAttribute("type", "button");
    expect(button.className).toBe(buttonClass({ variant: "secondary" }));
  });

  it("forwards the native attributes and events", async () => {
    const onClick = jest.fn();
    render(
      <>
        <form id="f" onSubmit={(event) => event.preventDefault()} />
        <Button type="submit" form="f" name="intent" value="save" aria-busy="true" className="mt-2" onClick={onClick}>
          Enregistrer
        </Button>
        <Button disabled>Indisponible</Button>
      </>,
    );
    const submit = screen.getByRole("button", { name: "Enregistrer" });
    expect(submit).toHaveAttribute("type", "submit");
    expect(submit).toHaveAttribute("form", "f");
    expect(submit).toHaveAttribute("name", "intent");
    expect(submit).toHaveAttribute("value", "save");
    expect(submit).toHaveAttribute("aria-busy", "true");
    expect(submit.className.endsWith(" mt-2")).toBe(true);
    await userEvent.setup().click(submit);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Indisponible" })).toBeDisabled();
  });
});

describe("ButtonLink", () => {
  it("stays a link, styled as a button", () => {
    render(
      <ButtonLink href="/invoices/new" variant="primary" aria-describedby="hint">
        Nouvelle facture
      </ButtonLink>,
    );
    const link = screen.getByRole("link", { name: "Nouvelle facture" });
    expect(link).toHaveAttribute("href", "/invoices/new");
    expect(link).toHaveAttribute("aria-describedby", "hint");
    expect(link.className).toBe(buttonClass({ variant: "primary" }));
    expect(screen.queryByRole("button")).toBeNull();
  });
});
