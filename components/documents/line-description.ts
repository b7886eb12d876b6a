// A line's description is one text (what the document prints): its first line is the
// designation, the rest the long description. The editor shows them as two fields — the
// designation in the line's row, the rest folded under "Details" — and joins them back without
// losing a character, so a saved text reads back exactly as it was.

export type DescriptionParts = { designation: string; details: string };

export function splitDescription(description: string): DescriptionParts {
  const newline = description.indexOf("\n");
  if (newline === -1) return { designation: description, details: "" };
  return { designation: description.slice(0, newline), details: description.slice(newline + 1) };
}

/** The description with another designation; the long description is kept as it was. */
export function withDesignation(description: string, designation: string): string {
  const newline = description.indexOf("\n");
  // An input cannot hold a newline, but a pasted value may: keep it on one line.
  const oneLine = designation.replace(/\r?\n/g, " ");
  return newline === -1 ? oneLine : oneLine + description.slice(newline);
}

/** The description with another long description; an empty one leaves the designation alone. */
export function withDetails(description: string, details: string): string {
  const { designation } = splitDescription(description);
  return details === "" ? designation : `${designation}\n${details}`;
}
