import { versionConflictState } from "@/app/_shared/form-state";
import { AppError } from "@/lib/errors/app-error";

// What an edit form (clients, articles) gets back when its save is refused: the typed values,
// and on a version conflict the current version, so that saving again replaces the other change.

const values = { name: "Typed", expectedUpdatedAt: "2026-12-07T09:00:00.000Z" };

describe("versionConflictState", () => {
  it("on the conflict, gives the values back with the current version", () => {
    const conflict = new AppError("CONFLICT", "client_changed", "changed", { updatedAt: "2026-12-07T10:00:00.000Z" });
    expect(versionConflictState(conflict, values, "client_changed")).toEqual({
      status: "error",
      formError: { code: "client_changed", params: {} },
      values: { name: "Typed", expectedUpdatedAt: "2026-12-07T10:00:00.000Z" },
    });
  });

  it("on any other refusal, gives the values back with the version the form had", () => {
    const other = new AppError("CONFLICT", "article_changed", "changed", { updatedAt: "2026-12-07T10:00:00.000Z" });
    expect(versionConflictState(other, values, "client_changed")).toMatchObject({
      status: "error",
      formError: { code: "article_changed" },
      values,
    });
    const invalid = new AppError("VALIDATION", "invalid_input", "bad", { fieldErrors: { name: ["required"] } });
    expect(versionConflictState(invalid, values, "client_changed")).toMatchObject({
      fieldErrors: { name: ["required"] },
      values,
    });
  });
});
