import "server-only";
import { Resend } from "resend";

let cachedClient: { apiKey: string; baseUrl: string; resend: Resend } | undefined;

const RESEND_API_URL = "https://api.resend.com";

/**
 * Created on first use, not at import: `next build` imports server modules without any
 * secrets, and tests switch the key and base URL between cases (hence the cache key).
 * resend 6.38 accepts `baseUrl` as a constructor option; passing it from the parsed env keeps
 * the SDK from reading RESEND_BASE_URL out of process.env itself.
 */
export function resendClient(apiKey: string, baseUrl: string | undefined): Resend {
  // The SDK appends "/emails" to the base URL: a trailing slash would double it.
  const url = (baseUrl ?? RESEND_API_URL).replace(/\/+$/, "");
  if (cachedClient?.apiKey !== apiKey || cachedClient.baseUrl !== url) {
    cachedClient = { apiKey, baseUrl: url, resend: new Resend(apiKey, { baseUrl: url }) };
  }
  return cachedClient.resend;
}
