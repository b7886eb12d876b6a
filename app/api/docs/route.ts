import { apiDocsPage } from "@/lib/api/api-docs";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The interactive API reference (public, like the document it shows). */
export function GET(): Response {
  return apiDocsPage();
}
