import type { RequestMeta } from "@/lib/audit/record-audit";
import { getEnv } from "@/lib/env/env";
import { clientAddressFrom } from "@/lib/security/client-address";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function")
    return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}

/**
 * Client IP and user agent for audit and rate limits. The IP is the X-Forwarded-For entry
 * TRUSTED_PROXY_HOPS places before the socket peer, which the server appends to the header
 * (lib/security/): entries a client writes itself are never taken, so rotating the header
 * changes nothing. X-Real-IP is not read (a client can send it too).
 */
export function requestMetaFrom(headers: HeaderSource): RequestMeta {
  const ip = clientAddressFrom(read(headers, "x-forwarded-for"), getEnv().TRUSTED_PROXY_HOPS);
  return { ip, userAgent: read(headers, "user-agent")?.slice(0, 512) ?? null };
}
