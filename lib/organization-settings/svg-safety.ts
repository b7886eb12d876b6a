// A strict reader for uploaded SVG logos. It accepts well-formed XML whose root is <svg> and
// refuses anything that could run code or fetch something when the file is rendered: scripts,
// event handlers, embedded documents, DOCTYPE/entities (XXE), processing instructions
// (xml-stylesheet), and links to anything but the file itself (or an embedded PNG/JPEG).
// Refusing a rare but harmless SVG is an acceptable price for never parsing a hostile one.

export type SvgVerdict = "ok" | "not_xml" | "not_svg" | "unsafe";

const NAME = /[A-Za-z_][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const MAX_DEPTH = 200;

const FORBIDDEN_ELEMENTS = new Set(["script", "foreignobject", "iframe", "object", "embed", "handler", "listener"]);
// Local names that reference another resource.
const LINK_ATTRIBUTES = new Set(["href", "src"]);
const EMBEDDED_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$/;

class Refusal extends Error {
  constructor(readonly verdict: Exclude<SvgVerdict, "ok">) {
    super(verdict);
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text or attribute value as the renderer will see it. Only the predefined and numeric
 * entities exist (no DTD is allowed); decoding first means "&#117;rl(" cannot hide a url(.
 */
function decodeEntities(text: string): string {
  if (text.replace(ENTITY, "").includes("&")) throw new Refusal("not_xml");
  return text.replace(ENTITY, (entity) => {
    const body = entity.slice(1, -1);
    if (!body.startsWith("#")) return NAMED[body] ?? "";
    const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (code > 0x10ffff) throw new Refusal("not_xml");
    return String.fromCodePoint(code);
  });
}

/** CSS (style attribute or element): no fetching (url() other than #id, @import), no escapes to hide them. */
function checkCss(css: string): void {
  const lowered = css.toLowerCase();
  if (lowered.includes("@import") || lowered.includes("javascript:") || lowered.includes("\\")) {
    throw new Refusal("unsafe");
  }
  for (const match of lowered.matchAll(/url\(\s*(['"]?)\s*([^)'"\s]*)/g)) {
    if (!match[2]?.startsWith("#")) throw new Refusal("unsafe");
  }
}

function checkAttribute(name: string, value: string): void {
  const local = localName(name);
  if (local.startsWith("on")) throw new Refusal("unsafe");
  if (LINK_ATTRIBUTES.has(local)) {
    const target = value.trim();
    if (!target.startsWith("#") && !EMBEDDED_IMAGE.test(target)) throw new Refusal("unsafe");
  }
  if (/javascript:/i.test(value.replace(/\s/g, ""))) throw new Refusal("unsafe");
  checkCss(value);
}

export function checkSvg(source: string): SvgVerdict {
  try {
    return new SvgReader(source.replace(/^\uFEFF/, "")).read();
  } catch (error) {
    if (error instanceof Refusal) return error.verdict;
    throw error;
  }
}

class SvgReader {
  private at = 0;
  private readonly open: string[] = [];
  private rootSeen = false;

  constructor(private readonly text: string) {}

  read(): SvgVerdict {
    if (this.text.startsWith("<?xml")) this.skipPast("?>");
    while (this.at < this.text.length) {
      if (this.startsWith("<!--")) this.skipPast("-->");
      else if (this.startsWith("<![CDATA[")) this.readText(this.skipPast("]]>").slice(9, -3), true);
      // DOCTYPE (entities, external subsets) and processing instructions (stylesheets).
      else if (this.startsWith("<!") || this.startsWith("<?")) throw new Refusal("unsafe");
      else if (this.startsWith("</")) this.readEndTag();
      else if (this.startsWith("<")) this.readStartTag();
      else {
        const end = this.text.indexOf("<", this.at);
        const text = this.text.slice(this.at, end === -1 ? undefined : end);
        this.at += text.length;
        this.readText(text);
      }
    }
    if (!this.rootSeen || this.open.length > 0) throw new Refusal("not_xml");
    return "ok";
  }

  private startsWith(token: string): boolean {
    return this.text.startsWith(token, this.at);
  }

  /** Moves past the next `token`, returning everything from the current position to it. */
  private skipPast(token: string): string {
    const end = this.text.indexOf(token, this.at);
    if (end === -1) throw new Refusal("not_xml");
    const skipped = this.text.slice(this.at, end + token.length);
    this.at = end + token.length;
    return skipped;
  }

  private match(pattern: RegExp): string | null {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.text);
    if (!found) return null;
    this.at += found[0].length;
    return found[0];
  }

  private readName(): string {
    const name = this.match(NAME);
    if (!name) throw new Refusal("not_xml");
    return name;
  }

  /** Character data (`raw` for CDATA sections, where "&" is literal). */
  private readText(text: string, raw = false): void {
    // Outside the root only blanks are allowed.
    if (this.open.length === 0) {
      if (text.trim() !== "") throw new Refusal("not_xml");
      return;
    }
    const decoded = raw ? text : decodeEntities(text);
    if (localName(this.open[this.open.length - 1] ?? "") === "style") checkCss(decoded);
  }

  private readStartTag(): void {
    this.at += 1;
    const name = this.readName();
    if (this.open.length === 0) {
      if (this.rootSeen) throw new Refusal("not_xml");
      if (localName(name) !== "svg") throw new Refusal("not_svg");
      this.rootSeen = true;
    }
    if (FORBIDDEN_ELEMENTS.has(localName(name)) || localName(name) === "include") throw new Refusal("unsafe");
    const seen = new Set<string>();
    for (;;) {
      const space = this.match(SPACE) ?? "";
      if (this.startsWith("/>")) {
        this.at += 2;
        return;
      }
      if (this.startsWith(">")) {
        this.at += 1;
        if (this.open.length >= MAX_DEPTH) throw new Refusal("unsafe");
        this.open.push(name);
        return;
      }
      if (space === "") throw new Refusal("not_xml");
      const attribute = this.readName();
      if (seen.has(attribute)) throw new Refusal("not_xml");
      seen.add(attribute);
      this.match(SPACE);
      if (!this.startsWith("=")) throw new Refusal("not_xml");
      this.at += 1;
      this.match(SPACE);
      const quote = this.text[this.at];
      if (quote !== '"' && quote !== "'") throw new Refusal("not_xml");
      this.at += 1;
      const value = this.skipPast(quote).slice(0, -1);
      if (value.includes("<")) throw new Refusal("not_xml");
      checkAttribute(attribute, decodeEntities(value));
    }
  }

  private readEndTag(): void {
    this.at += 2;
    const name = this.readName();
    this.match(SPACE);
    if (!this.startsWith(">") || this.open.pop() !== name) throw new Refusal("not_xml");
    this.at += 1;
  }
}
