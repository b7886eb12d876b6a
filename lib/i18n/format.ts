/** "Réessayez dans {minutes} min" + { minutes: 3 } → "Réessayez dans 3 min". */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
