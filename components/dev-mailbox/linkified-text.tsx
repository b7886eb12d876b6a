import { Fragment } from "react";

// Links in the text version of an email, made clickable: the HTML version is shown in a
// sandboxed iframe where links cannot be followed, so this is how a person opens them.

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
// Sentence punctuation right after a URL ("…/login.") is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?)\]'»]+$/;

export type TextPart = { kind: "text"; value: string } | { kind: "link"; value: string };

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, "");
    if (match.index > position) parts.push({ kind: "text", value: text.slice(position, match.index) });
    parts.push({ kind: "link", value: url });
    position = match.index + url.length;
  }
  if (position < text.length) parts.push({ kind: "text", value: text.slice(position) });
  return parts;
}

export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <a
            key={index}
            href={part.value}
            target="_blank"
            rel="noreferrer"
            className="break-all text-brand-700 underline hover:text-brand-800"
          >
            {part.value}
          </a>
        ) : (
          <Fragment key={index}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}
