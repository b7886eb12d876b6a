import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useActionState } from "react";
import { SelectField } from "@/components/forms/select-field";

const options = [
  { value: "", label: "— Choose —" },
  { value: "SARL", label: "SARL" },
  { value: "SAS", label: "SAS" },
];

/** A form whose action answers with the values it received, like the settings form. */
function SavedForm({ initial }: { initial: string }) {
  const [values, formAction] = useActionState(
    async (_previous: Record<string, string>, formData: FormData) => ({ legalForm: String(formData.get("legalForm")) }),
    { legalForm: initial },
  );
  return (
    <form action={formAction}>
      <SelectField label="Legal form" name="legalForm" options={options} defaultValue={values.legalForm} />
      <button type="submit">Save</button>
      <output>{values.legalForm}</output>
    </form>
  );
}

describe("SelectField", () => {
  it("shows the saved value after a form action, not the value it was first rendered with", async () => {
    const user = userEvent.setup();
    render(<SavedForm initial="" />);
    await user.selectOptions(screen.getByLabelText("Legal form"), "SAS");
    await user.click(screen.getByRole("button", { name: "Save" }));
    // React resets the form after the action: the select must come back on the new defaultValue.
    expect(await screen.findByText("SAS", { selector: "output" })).toBeInTheDocument();
    expect(screen.getByLabelText("Legal form")).toHaveValue("SAS");

    await user.selectOptions(screen.getByLabelText("Legal form"), "SARL");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("SARL", { selector: "output" })).toBeInTheDocument();
    expect(screen.getByLabelText("Legal form")).toHaveValue("SARL");
  });
});
