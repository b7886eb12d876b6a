import { render, screen } from "@testing-library/react";
import { Card, CardTitle, cardClass, tableCardClass } from "@/components/ui/card";

describe("cardClass", () => {
  it("is the white bordered panel, padded p-5 unless told", () => {
    expect(cardClass()).toBe("rounded-xl border border-slate-200 bg-white p-5");
    expect(cardClass({ padding: "lg" })).toBe("rounded-xl border border-slate-200 bg-white p-6");
    expect(cardClass({ padding: "sm" })).toBe("rounded-xl border border-slate-200 bg-white p-4");
    expect(cardClass({ padding: "responsive" })).toBe("rounded-xl border border-slate-200 bg-white p-4 sm:p-6");
    expect(cardClass({ padding: "none", className: "mt-6" })).toBe("rounded-xl border border-slate-200 bg-white mt-6");
  });

  it("positions a table's scroll box, so its sr-only caption cannot widen the page", () => {
    expect(tableCardClass.split(" ")).toEqual(expect.arrayContaining(["relative", "overflow-x-auto", "rounded-xl"]));
    expect(tableCardClass).not.toMatch(/\bp-\d/);
  });
});

describe("Card", () => {
  it("is a section labelled by its title, with the attributes passed through", () => {
    render(
      <Card aria-labelledby="card-title" data-testid="card" className="lg:col-span-2">
        <CardTitle id="card-title" className="mb-4">
          Paiements
        </CardTitle>
      </Card>,
    );
    const region = screen.getByRole("region", { name: "Paiements" });
    expect(region.tagName).toBe("SECTION");
    expect(region.className).toBe(cardClass({ className: "lg:col-span-2" }));
    expect(region).toHaveAttribute("data-testid", "card");
    const heading = screen.getByRole("heading", { level: 2, name: "Paiements" });
    expect(heading.className).toBe("text-lg font-semibold mb-4");
  });

  it("can be another element", () => {
    render(
      <ul>
        <Card as="li" padding="lg">
          Une carte
        </Card>
      </ul>,
    );
    const item = screen.getByRole("listitem");
    expect(item).toHaveTextContent("Une carte");
    expect(item.className).toBe(cardClass({ padding: "lg" }));
  });
});
