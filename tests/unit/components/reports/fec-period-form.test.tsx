import { render, screen } from "@testing-library/react";
import { FecPeriodForm } from "@/components/reports/fec-period-form";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

describe("FecPeriodForm", () => {
  it("labels both days, reloads the FEC page, and describes an error on its field", () => {
    const { container } = render(
      <FecPeriodForm from="2026-06-30" to="2026-01-01" errors={{ to: ["dates_reversed"] }} labels={en.reports.fec} />,
    );
    expect(container.querySelector("form")).toHaveAttribute("action", "/reports/fec");
    expect(screen.getByLabelText("From")).toHaveValue("2026-06-30");
    expect(screen.getByLabelText("From")).not.toHaveAttribute("aria-invalid");
    const to = screen.getByLabelText("To");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveAccessibleDescription(/The end date must come after the start date\./);
    expect(screen.getByRole("button", { name: "Check the period" })).toHaveAttribute("type", "submit");
  });

  it("names every error code of the period schema in both languages", () => {
    for (const labels of [fr.reports.fec, en.reports.fec]) {
      expect(Object.keys(labels.errors).sort()).toEqual(
        ["date_invalid", "dates_reversed", "period_too_long", "required"].sort(),
      );
    }
  });
});
