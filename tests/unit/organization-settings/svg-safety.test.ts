/**
 * @jest-environment node
 */
import { claimsAnotherType, detectLogoType } from "@/lib/organization-settings/logo-file-type";
import { checkSvg } from "@/lib/organization-settings/svg-safety";

const svg = (body: string, attributes = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${body}</svg>`;

describe("checkSvg", () => {
  it.each([
    ["a plain drawing", svg('<rect width="10" height="10" fill="#0a5"/>')],
    [
      "an XML declaration, comments and a BOM",
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n${svg("<g/>")}\n`,
    ],
    [
      "gradients and references inside the file",
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h1"/></defs>' +
          '<rect fill="url(#g)" style="stroke: url( \'#g\' )"/><use href="#p"/><use xlink:href="#p"/>',
      ),
    ],
    ["an embedded PNG", svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>')],
    ["a style sheet in CDATA", svg("<style><![CDATA[ rect { fill: red; } a > b { } ]]></style>")],
    ["entities in text", svg("<text>A &amp; B &#233; &#xE9;</text>")],
    ["editor namespaces", svg('<sodipodi:namedview xmlns:sodipodi="x" inkscape:zoom="1"/>', 'xmlns:inkscape="y"')],
  ])("accepts %s", (_label, source) => {
    expect(checkSvg(source)).toBe("ok");
  });

  it.each([
    ["<script>", svg("<script>alert(1)</script>")],
    ["a namespaced script", svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>')],
    ["onload on the root", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`],
    ["an upper-case handler", svg('<rect ONCLICK="alert(1)"/>')],
    ["a javascript: link", svg('<a href="javascript:alert(1)"><rect/></a>')],
    ["an external image", svg('<image href="https://evil.example/x.png"/>')],
    ["an embedded SVG document", svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>')],
    ["a relative file reference", svg('<use href="other.svg#a"/>')],
    ["an external url() in an attribute", svg('<rect filter="url(https://evil.example/f)"/>')],
    ["@import", svg('<style>@import "https://evil.example/a.css";</style>')],
    ["a CSS escape", svg("<style>rect { fill: \\75 rl(https://evil.example/x) }</style>")],
    ["an entity-encoded url()", svg('<rect style="fill: &#117;rl(https://evil.example/f)"/>')],
    ["a DOCTYPE", `<!DOCTYPE svg [<!ENTITY x "y">]>${svg("<g/>")}`],
    [
      "an xml-stylesheet instruction",
      `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/a.css"?>${svg("")}`,
    ],
    ["foreignObject", svg("<foreignObject><p>x</p></foreignObject>")],
    ["XInclude", svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/>')],
  ])("refuses %s as unsafe", (_label, source) => {
    expect(checkSvg(source)).toBe("unsafe");
  });

  it.each([
    ["an unclosed element", svg("<g>")],
    ["mismatched tags", svg("<g></h>")],
    ["an undefined entity", svg("<text>&nbsp;</text>")],
    ["an unquoted attribute", svg("<rect width=10/>")],
    ["a duplicated attribute", svg('<rect width="1" width="2"/>')],
    ["two roots", svg("") + svg("")],
    ["text after the root", svg("") + "trailing"],
    ["an empty document", "   "],
  ])("refuses %s as not XML", (_label, source) => {
    expect(checkSvg(source)).toBe("not_xml");
  });

  it("refuses XML whose root is not <svg>", () => {
    expect(checkSvg('<?xml version="1.0"?><html><body/></html>')).toBe("not_svg");
  });
});

describe("logo type from content", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
  const text = (value: string) => new TextEncoder().encode(value);

  it("reads magic bytes and XML, never the name", () => {
    expect(detectLogoType(png)).toBe("image/png");
    expect(detectLogoType(jpeg)).toBe("image/jpeg");
    expect(detectLogoType(text('  <?xml version="1.0"?><svg/>'))).toBe("image/svg+xml");
    expect(detectLogoType(text("GIF89a"))).toBeNull();
    expect(detectLogoType(text("hello"))).toBeNull();
    expect(detectLogoType(Uint8Array.from([0x3c, 0xff, 0xfe]))).toBeNull();
  });

  it("flags a name or declared type that claims another image type", () => {
    expect(claimsAnotherType("image/png", "logo.svg", null)).toBe(true);
    expect(claimsAnotherType("image/png", "logo.png", "image/svg+xml")).toBe(true);
    expect(claimsAnotherType("image/jpeg", "LOGO.JPG", "image/jpeg")).toBe(false);
    expect(claimsAnotherType("image/png", "logo", "application/octet-stream")).toBe(false);
    expect(claimsAnotherType("image/svg+xml", "logo.svg", "image/svg+xml; charset=utf-8")).toBe(false);
  });
});
