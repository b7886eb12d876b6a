import type { RequestMeta } from "@/lib/audit/record-audit";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function")
    return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * Client IP and user agent for audit and rate limits. The first x-forwarded-for entry is the
 * client as seen by our reverse proxy (Next.js sets it when there is none).
 */
export function requestMetaFrom(headers: HeaderSource): RequestMeta {
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || read(headers, "x-real-ip") || null;
  return { ip: ip ? ip.slice(0, 64) : null, userAgent: read(headers, "user-agent")?.slice(0, 512) ?? null };
}
