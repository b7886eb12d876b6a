// SIREN, SIRET and IBAN shown in groups for reading ("732 829 320", "FR76 3000 …") while a
// copy keeps the unbroken value: the groups are separated by margins, not spaces.

const patterns = {
  siren: [3, 3, 3],
  siret: [3, 3, 3, 5],
  iban: [] as number[],
} as const;

/** The groups of a value: SIREN 3-3-3, SIRET 3-3-3-5, IBAN by fours (anything longer goes in the last group). */
export function digitGroups(value: string, kind: keyof typeof patterns): string[] {
  const compact = value.replace(/\s+/g, "");
  const sizes: readonly number[] = kind === "iban" ? [] : patterns[kind];
  const groups: string[] = [];
  let rest = compact;
  for (const size of sizes) {
    if (rest.length <= size) break;
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (kind === "iban") {
    while (rest.length > 4) {
      groups.push(rest.slice(0, 4));
      rest = rest.slice(4);
    }
  }
  if (rest) groups.push(rest);
  return groups;
}

export function GroupedDigits({ value, kind }: { value: string; kind: keyof typeof patterns }) {
  const groups = digitGroups(value, kind);
  return (
    <span data-value={value.replace(/\s+/g, "")} className="tabular-nums">
      {groups.map((group, index) => (
        <span key={index} className={index > 0 ? "ml-[0.35em]" : undefined}>
          {group}
        </span>
      ))}
    </span>
  );
}
