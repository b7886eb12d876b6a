/**
 * Links in emails must be absolute http(s) URLs: a relative path or a `javascript:` URL
 * would reach the recipient broken or dangerous, and nothing downstream would notice.
 */
export function assertHttpUrl(value: string, where: string): void {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new Error(`${where}: the link must be an absolute URL`);
  }
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`${where}: the link must be http(s)`);
}
