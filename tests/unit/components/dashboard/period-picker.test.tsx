import { render, screen } from "@testing-library/react";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { en } from "@/lib/i18n/messages/en";

describe("PeriodPicker", () => {
  it("reloads the dashboard by default, every period named, errors described on their field", () => {
    const { container } = render(
      <PeriodPicker
        kind="custom"
        from="2026-03-10"
        to="2026-03-01"
        errors={{ to: ["period_range_reversed"] }}
        labels={en.dashboard}
      />,
    );
    expect(container.querySelector("form")).toHaveAttribute("action", "/dashboard");
    const options = screen.getAllByRole("option").map((option) => option.getAttribute("value"));
    expect(options).toEqual([
      "this-month",
      "last-month",
      "this-quarter",
      "last-quarter",
      "this-year",
      "last-year",
      "last-12-months",
      "custom",
    ]);
    expect(screen.getByRole("option", { name: "Last quarter" })).toBeInTheDocument();
    const to = screen.getByLabelText("To");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveAccessibleDescription(new RegExp(en.dashboard.errors.period_range_reversed.slice(0, 20)));
  });

  it("serves a report: its own path, ids and the parameters to keep", () => {
    const { container } = render(
      <PeriodPicker
        action="/reports/sales"
        idPrefix="sales"
        hidden={{ by: "article" }}
        kind="last-year"
        from="2025-01-01"
        to="2025-12-31"
        errors={{}}
        labels={en.dashboard}
      />,
    );
    expect(container.querySelector("form")).toHaveAttribute("action", "/reports/sales");
    expect(screen.getByLabelText("Period")).toHaveAttribute("id", "sales-period");
    expect(screen.getByLabelText("Period")).toHaveValue("last-year");
    expect(container.querySelector('input[type="hidden"][name="by"]')).toHaveAttribute("value", "article");
  });
});
