import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CsvImportForm } from "@/components/csv/csv-import-form";
import type { CsvPreview } from "@/lib/csv/csv-preview";
import { en } from "@/lib/i18n/messages/en";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const columns = [
  { field: "name", label: "Name" },
  { field: "unitPrice", label: "Unit price excl. VAT" },
];

function preview(overrides: Partial<CsvPreview> = {}): CsvPreview {
  return {
    fingerprint: "f".repeat(64),
    separator: ",",
    rowCount: 3,
    validCount: 3,
    invalidCount: 0,
    errors: [],
    columns,
    sample: [{ line: 2, values: { name: "Consulting", unitPrice: "€95.00" } }],
    ...overrides,
  };
}

/** A fetch Response stand-in: JSON body, or NDJSON lines read through body.getReader(). */
function jsonResponse(body: unknown, ok = true) {
  return { ok, json: async () => body, body: null };
}
function ndjsonResponse(events: unknown[]) {
  const chunks = events.map((event) => Uint8Array.from(Buffer.from(`${JSON.stringify(event)}\n`)));
  return {
    ok: true,
    json: async () => ({}),
    body: {
      getReader: () => ({
        read: async () =>
          chunks.length > 0 ? { value: chunks.shift(), done: false } : { value: undefined, done: true },
      }),
    },
  };
}

function setup(responses: unknown[]) {
  const calls: FormData[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
    calls.push(init?.body as FormData);
    return responses.shift();
  }) as unknown as typeof fetch;
  render(
    <CsvImportForm
      endpoint="/api/articles/import"
      listHref="/articles"
      backLabel="Back to articles"
      texts={en.csvImport}
      errorTexts={en.csvErrors}
      messageTexts={{ ...en.validation, ...en.articleValidation, ...en.csvErrors }}
      columnLabels={{ name: "Name", unitPrice: "Unit price excl. VAT" }}
    />,
  );
  return calls;
}

const file = () => new File(["Name,Unit price excl. VAT\nConsulting,95\n"], "articles.csv", { type: "text/csv" });

describe("CsvImportForm", () => {
  beforeAll(() => {
    if (typeof TextDecoder === "undefined") {
      // jsdom has no TextDecoder; the component's stream reader needs one.
      Object.assign(global, { TextDecoder: jest.requireActual("node:util").TextDecoder });
    }
  });

  it("previews, lists every error with line and column, and refuses to import while errors exist", async () => {
    const user = userEvent.setup();
    const calls = setup([
      jsonResponse(
        preview({
          validCount: 1,
          invalidCount: 2,
          errors: [
            { line: 3, field: "unitPrice", message: "money_decimals" },
            { line: 4, field: "", message: "csv_cell_count" },
          ],
        }),
      ),
    ]);
    await user.upload(screen.getByLabelText("CSV file"), file());
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("3 lines read: 1 valid, 2 with errors.")).toBeInTheDocument();
    const errors = screen.getByRole("table", { name: "Errors in the file, by line" });
    expect(errors).toHaveTextContent("3Unit price excl. VATAt most two decimals.");
    expect(errors).toHaveTextContent(`4—${en.csvErrors.csv_cell_count}`);
    expect(screen.getByRole("button", { name: "Import 1 lines" })).toBeDisabled();
    expect(calls[0]?.get("mode")).toBe("preview");
  });

  it("imports after a clean preview, sending the file again with its fingerprint, and shows progress then success", async () => {
    const user = userEvent.setup();
    const calls = setup([
      jsonResponse(preview()),
      ndjsonResponse([
        { type: "progress", done: 2, total: 3 },
        { type: "progress", done: 3, total: 3 },
        { type: "done", created: 3 },
      ]),
    ]);
    await user.upload(screen.getByLabelText("CSV file"), file());
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByRole("table", { name: "Preview of the valid lines" })).toHaveTextContent("Consulting");
    await user.click(screen.getByRole("button", { name: "Import 3 lines" }));
    expect(await screen.findByText("3 lines imported.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to articles" })).toHaveAttribute("href", "/articles");
    expect(calls[1]?.get("mode")).toBe("import");
    expect(calls[1]?.get("fingerprint")).toBe("f".repeat(64));
    expect((calls[1]?.get("file") as File).name).toBe("articles.csv");
  });

  it("explains a refused file and a refused import", async () => {
    const user = userEvent.setup();
    setup([
      jsonResponse({ code: "csv_missing_columns", params: { columns: "Unit, VAT (%)" } }, false),
      jsonResponse(preview()),
      ndjsonResponse([
        {
          type: "error",
          code: "csv_invalid_rows",
          params: { count: 1 },
          errors: [{ line: 2, field: "reference", message: "reference_taken" }],
        },
      ]),
    ]);
    await user.upload(screen.getByLabelText("CSV file"), file());
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Required columns missing: Unit, VAT (%).");
    await user.click(screen.getByRole("button", { name: "Preview" }));
    await user.click(await screen.findByRole("button", { name: "Import 3 lines" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("The file has 1 error(s): nothing was imported."),
    );
    expect(screen.getByRole("table", { name: "Errors in the file, by line" })).toHaveTextContent(
      en.articleValidation.reference_taken,
    );
    expect(screen.getByRole("button", { name: "Import 3 lines" })).toBeDisabled();
  });
});
