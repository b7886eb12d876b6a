// Control characters never belong in what people type: PostgreSQL refuses NUL in text
// (error 22021, which used to surface as a 500), and the others (backspace, escape, C1 codes…)
// only hide text or fool terminals and logs. Tab, line feed and carriage return stay allowed
// (multi-line notes and addresses). Pure: shared by the browser and the server.

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_CHARACTERS_GLOBAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The field error code (translated in the catalogues' `validation` section). */
export const CONTROL_CHARACTERS_ERROR = "control_characters";

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** The text without its control characters (search boxes: "a\u0000b" searches "ab"). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS_GLOBAL, "");
}

/**
 * Where a parsed value holds text with control characters: dotted paths ("name",
 * "lines.2.designation"; the root is "_form"). Walks plain objects and arrays only.
 */
export function controlCharacterPaths(value: unknown, path: (string | number)[] = []): string[] {
  if (typeof value === "string") return hasControlCharacters(value) ? [path.length > 0 ? path.join(".") : "_form"] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterPaths(item, [...path, index]));
  if (value !== null && typeof value === "object") {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return [];
    return Object.entries(value).flatMap(([key, item]) => [
      ...(hasControlCharacters(key) ? [[...path, key].join(".")] : []),
      ...controlCharacterPaths(item, [...path, key]),
    ]);
  }
  return [];
}
