// A very small XML writer: elements as plain objects, serialized with two-space indentation.
// Deterministic (same tree, same bytes) and safe for any text we are given: markup characters
// are escaped, and characters XML 1.0 cannot carry at all (control characters, lone surrogates)
// are dropped rather than producing a file no parser accepts.

export type XmlElement = {
  name: string;
  attributes: [string, string][];
  /** Text content, or child elements (an element has one or the other). */
  content: string | XmlElement[];
};

// Falsy children (a condition that did not hold, an empty optional text) are left out.
type Child = XmlElement | null | undefined | false | "";

/** An element with child elements. */
export function element(name: string, ...children: Child[]): XmlElement {
  return { name, attributes: [], content: children.filter((child): child is XmlElement => Boolean(child)) };
}

/** An element holding text, with optional attributes (in the given order). */
export function textElement(name: string, text: string, attributes: Record<string, string> = {}): XmlElement {
  return { name, attributes: Object.entries(attributes), content: text };
}

/** An element with attributes and child elements. */
export function elementWith(name: string, attributes: Record<string, string>, ...children: Child[]): XmlElement {
  return { ...element(name, ...children), attributes: Object.entries(attributes) };
}

// Tab, line feed and every character from space up, minus the surrogates and U+FFFE/U+FFFF.
const NOT_XML_CHARACTER = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data: line ends as \n, markup escaped, impossible characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(NOT_XML_CHARACTER, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function serialize(node: XmlElement, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth);
  const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join("");
  if (typeof node.content === "string") {
    out.push(`${indent}<${node.name}${attributes}>${escapeXml(node.content)}</${node.name}>`);
  } else if (node.content.length === 0) {
    out.push(`${indent}<${node.name}${attributes}/>`);
  } else {
    out.push(`${indent}<${node.name}${attributes}>`);
    for (const child of node.content) serialize(child, depth + 1, out);
    out.push(`${indent}</${node.name}>`);
  }
}

/** The document: XML declaration, the root element, a final line feed. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialize(root, 0, out);
  return `${out.join("\n")}\n`;
}
