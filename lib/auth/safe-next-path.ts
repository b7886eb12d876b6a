// Where to go after login (e.g. back to an invitation). Only same-site relative paths are
// accepted: anything that a browser could resolve to another origin ("//evil.test",
// "/\evil.test", "https://…", "javascript:…") is dropped, so the parameter cannot be used
// to bounce a freshly signed-in user to a phishing page.

const BASE = "http://facturo.invalid";
const MAX_LENGTH = 512;

export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  // Browsers treat "\" like "/" and ignore tabs/newlines inside URLs.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
