/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

// The layering rules of lib/ (README, Architecture), read from the import statements themselves so a
// new import that breaks them fails here, whatever file it is in.

const root = path.resolve(__dirname, "../../..");

// The document stack, bottom first: a folder may import only folders below it. Payments sits beside
// pdf: both build on documents and neither needs the other.
const documentStack: Record<string, number> = {
  documents: 0,
  payments: 1,
  pdf: 1,
  "share-links": 2,
  sending: 3,
  reminders: 4,
};

type LibImport = { file: string; specifier: string; folder: string | null };

function libFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return relative === "lib/generated" ? [] : libFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The top-level lib folder a specifier points to, or null when it leaves lib/ (a package, node:…). */
function libFolder(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith("."))
    target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  else return null;
  const [top, folder] = target.split("/");
  return top === "lib" && folder ? folder : null;
}

const imports: LibImport[] = libFiles("lib").flatMap((file) => {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  // preProcessFile sees static imports, re-exports, import() and require() alike.
  return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName }) => ({
    file,
    specifier: fileName,
    folder: libFolder(file, fileName),
  }));
});

function folderOf(file: string): string {
  return file.split("/")[1] ?? "";
}

/** One cycle of the graph as a path (first node repeated at the end), or null if it has none. */
function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>();
  const onPath: string[] = [];
  function visit(node: string): string[] | null {
    const at = onPath.indexOf(node);
    if (at >= 0) return [...onPath.slice(at), node];
    if (done.has(node)) return null;
    onPath.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(node);
    return null;
  }
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("lib layering", () => {
  it("reads the imports of lib/ (the checks below are not vacuous)", () => {
    expect(imports.some((i) => folderOf(i.file) === "sending" && i.folder === "share-links")).toBe(true);
  });

  it("never imports Next.js or next-auth (those belong in app/)", () => {
    const framework = imports
      .filter(({ specifier }) => /^next(-auth)?(\/|$)/.test(specifier))
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(framework).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const edges = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
    ]);
    expect(findCycle(edges)).toEqual(["a", "b", "c", "a"]);
    expect(findCycle(new Map([["a", new Set(["b"])]]))).toBeNull();
  });

  it("has no folder cycle among documents, payments, pdf, share-links, sending and reminders", () => {
    const edges = new Map<string, Set<string>>(Object.keys(documentStack).map((folder) => [folder, new Set()]));
    for (const { file, folder } of imports) {
      const from = folderOf(file);
      if (folder && folder !== from && from in documentStack && folder in documentStack) edges.get(from)!.add(folder);
    }
    expect(findCycle(edges)).toBeNull();
  });

  it("imports only downwards in the stack documents → pdf → share-links → sending → reminders", () => {
    const upward = imports
      .filter(({ file, folder }) => {
        const from = folderOf(file);
        const [fromRank, toRank] = [documentStack[from], folder ? documentStack[folder] : undefined];
        if (folder === from || fromRank === undefined || toRank === undefined) return false;
        return toRank >= fromRank;
      })
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(upward).toEqual([]);
  });
});
