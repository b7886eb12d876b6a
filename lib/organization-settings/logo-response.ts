import "server-only";
import { requireMember } from "@/lib/auth/access/require-member";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { isAppError } from "@/lib/errors/app-error";
import { getOrganizationLogo, type OrganizationLogo } from "./get-organization-logo";

// GET /api/organizations/logo: the logo of the session's ACTIVE organization (no id in the
// URL, so there is nothing to point at another tenant). Web-standard Response, no Next.js.

function problem(status: number, code: string, title: string): Response {
  return Response.json(
    { type: "about:blank", title, status, code },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}

export async function organizationLogoResponse(session: SessionContext | null, request: Request): Promise<Response> {
  let logo: OrganizationLogo | null;
  try {
    const member = await requireMember(session, session?.activeOrganizationId, "organization.read");
    logo = await getOrganizationLogo(member);
  } catch (error) {
    if (isAppError(error)) return problem(error.status, error.code, error.message);
    throw error;
  }
  if (!logo) return problem(404, "logo_not_found", "This organization has no logo");

  const version = logo.sha256.slice(0, 16);
  const etag = `"${logo.sha256}"`;
  // Pages link to ?v=<version>: that URL always means these bytes, so it may be kept for a
  // year. Any other URL is revalidated every time (the active organization can change).
  const pinned = new URL(request.url).searchParams.get("v") === version;
  const headers = {
    "Cache-Control": pinned ? "private, max-age=31536000, immutable" : "private, no-cache",
    ETag: etag,
    Vary: "Cookie",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.data), {
    status: 200,
    headers: { ...headers, "Content-Type": logo.contentType, "Content-Length": String(logo.byteSize) },
  });
}
