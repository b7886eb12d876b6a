import { listHref } from "@/components/lists/list-href";
import { visiblePages } from "@/components/lists/pagination";
import { firstValues, listQuerySchema, pageOf, pageWindow } from "@/lib/lists/list-query";

const schema = listQuerySchema(["name", "createdAt"], { sort: "name", dir: "asc" });

describe("list query from the URL", () => {
  it("uses defaults for an empty URL", () => {
    expect(schema.parse({})).toEqual({ q: "", sort: "name", dir: "asc", page: 1, pageSize: 25 });
  });

  it("falls back to defaults for bad values instead of failing", () => {
    expect(
      schema.parse({ q: "x".repeat(500), sort: "password", dir: "sideways", page: "-3", pageSize: "9999" }),
    ).toEqual({
      q: "",
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 25,
    });
    expect(schema.parse({ page: "abc" }).page).toBe(1);
  });

  it("keeps good values, trimmed", () => {
    expect(schema.parse({ q: "  dupont ", sort: "createdAt", dir: "desc", page: "3" })).toMatchObject({
      q: "dupont",
      sort: "createdAt",
      dir: "desc",
      page: 3,
    });
  });

  it("reads the first of repeated parameters", () => {
    expect(firstValues({ q: ["a", "b"], page: "2", none: undefined })).toEqual({ q: "a", page: "2" });
  });

  it("computes page windows and counts", () => {
    expect(pageWindow({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 });
    expect(pageOf([], 0, { page: 1, pageSize: 25 }).pageCount).toBe(1);
    expect(pageOf([], 51, { page: 1, pageSize: 25 }).pageCount).toBe(3);
  });
});

describe("pagination links", () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, null, 5]],
    [6, 20, [1, null, 4, 5, 6, 7, 8, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
    [3, 4, [1, 2, 3, 4]],
  ])("page %i of %i → %j", (page, count, expected) => {
    expect(visiblePages(page, count)).toEqual(expected);
  });

  it("keeps other parameters and removes emptied ones", () => {
    expect(listHref("/clients", { q: "dupont", sort: "name", page: "2" }, { page: 3 })).toBe(
      "/clients?q=dupont&sort=name&page=3",
    );
    expect(listHref("/clients", { q: "dupont", page: "2" }, { page: null, q: "" })).toBe("/clients");
  });
});
